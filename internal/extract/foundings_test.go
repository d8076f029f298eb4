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
	})
}
