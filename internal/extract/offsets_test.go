package extract

import (
	"testing"

	"annals"
)

// TestNarrativeOffsets checks an event told at an offset from a date the
// text gives ("Just weeks before Oct. 7, I met", "In 1990 ..., and two
// years later, the Council signed", "On March 24, less than two weeks
// after the Act was signed"): the date moved by the offset, at the
// precision that holds every day it may mean, or none when no date
// anchors it ("nearly thirty years later, he was elected"); never the
// anchor's day nor the story's, and "later" there tells no future.
func TestNarrativeOffsets(t *testing.T) {
	checkEventDates(t, "2024-07-15", []eventDateCase{
		{"weeks before a date", "Just weeks before Oct. 7, I met in New York with the Prime Minister of Norway.", annals.Meeting, "2024"},
		{"two years later, the sentence's year", "The Council was founded in 1990, and just two years later, it signed the Charter of Lima.", annals.Agreement, "1992"},
		{"two years later, the sentence before", "The Council was founded in 1990. Two years later, it signed the Charter of Lima.", annals.Agreement, "1992"},
		{"minutes later", "When the Assembly declared the independence of the state in 1948, it announced the birth of a state. Just 11 minutes later, President Hans Berg announced that Norway would be the first nation to recognize the government.", annals.Speech, "1948"},
		{"less than two weeks after, the trigger in the clause", "On March 24, less than two weeks after the Act was signed, two-thirds of the funds were released.", annals.Agreement, "2024-03"},
		{"two days after a day", "The talks on water resumed in Geneva two days after 5 May.", annals.Meeting, "2024-05-07"},
		{"no anchor", "He became president of the Union at just 33, and nearly thirty years later, he was elected president of the Federation.", annals.Appointment, ""},
	})
}

// TestNarrativeLater: "She later held talks with the mayor" after a visit
// told in the past is what came next, held, no act to come; "will later
// meet" stays planned. Made-up sentences.
func TestNarrativeLater(t *testing.T) {
	checkStatus(t, "2023-11-22", []statusCase{
		{"Ana Ruiz today paid a working visit to Lima. She later held talks with the mayor of Lima, Tito Sebastian, on water.", annals.Meeting, annals.Held},
		{"Ana Ruiz visited Lima on Tuesday. She later met the mayor, Tito Sebastian.", annals.Meeting, annals.Held},
		{"The Andean ministers met in Lima on Monday. They were later joined by the mayor, Tito Sebastian, for talks on water.", annals.Meeting, annals.Held},
		{"guard: Ana Ruiz will visit Lima on Tuesday. She will later meet the mayor, Tito Sebastian.", annals.Meeting, annals.Planned},
		{"guard: The mayor, Tito Sebastian, will meet her later in the month.", annals.Meeting, annals.Planned},
	})
}
