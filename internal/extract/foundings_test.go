package extract

import (
	"testing"

	"annals"
)

// TestFoundingRule covers the founding family: an organization founded in
// the passive or named after a verb of founding, a new body set up, and
// the same verbs founding nothing.
func TestFoundingRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"founded, passive", "2021-10-28", "The Andean Council was founded in Lima on 26 May 1969.", annals.Founding, 1, "1969-05-26", "Andean Council"},
		{"came together to form", "2021-10-28", "In 1969 five states came together to form the Andean Council.", annals.Founding, 1, "1969", "Andean Council"},
		{"a new body set up", "2021-10-28", "In 2020 the Andean Council established a fund for disaster recovery.", annals.Founding, 1, "2020", ""},
		{"created jobs", "2021-10-28", "The plan created jobs across the region.", annals.Founding, 0, "", ""},
		{"set out", "2021-10-28", "The Andean Council set out its priorities in May.", annals.Founding, 0, "", ""},
		{"set up a fund", "2021-10-28", "In 2020 the Andean Council set up a trust fund for flood victims.", annals.Founding, 1, "2020", ""},
		{"set up task forces", "2021-10-28", "In 2020 the Andean Council helped cities set up task forces on floods.", annals.Founding, 1, "2020", ""},
		{"set up a process", "2021-10-28", "The Andean Council will set up a simple application process for borrowers.", annals.Founding, 0, "", ""},
		{"set up clinics", "2021-10-28", "The Andean Council helped employers set up workplace vaccination clinics in May.", annals.Founding, 0, "", ""},
		{"a committee was set up", "2021-10-28", "In 1996 the monitoring committee was set up to deal with violations of the ceasefire.", annals.Founding, 1, "1996", ""},
		{"founding members", "2021-10-28", "In 2020 partners were a third of all founding Andean Council members.", annals.Founding, 0, "", ""},
		{"the founding of", "2021-10-28", "The founding of the Andean Council in 1969 changed the region.", annals.Founding, 1, "1969", "Andean Council"},
	})
}
