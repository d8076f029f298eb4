package extract

import (
	"strings"
	"testing"

	"annals"
)

// TestAppointmentRule covers the appointment family: an appointment of
// "her", an office given by a vote, and taking office as the time a
// sentence counts from.
func TestAppointmentRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"elected in a clause of time", "2023-05-01", "Since the President was elected, the private sector has announced new investments.", annals.Appointment, 0, "", ""},
		{"sworn in, since", "2023-05-01", "She has built on this work since being sworn in as Vice President.", annals.Appointment, 0, "", ""},
		{"elected, since, with its date", "1996-08-20", "Paul Weiss has been seen only rarely since he was elected for a second term on July 3.", annals.Appointment, 1, "", ""},
		{"the extension of a ceasefire", "2023-05-01", "The Andean Council welcomes the two-week extension of the ceasefire in the east.", annals.Appointment, 0, "", ""},
		{"the extension of a mandate", "2023-05-01", "The Council approved the extension of the mandate of the Special Envoy Ana Ruiz.", annals.Appointment, 1, "", ""},
		{"appoint her as", "2023-04-04", "Paul Weiss has announced his intent to appoint her as the next Executive Director of the Andean Council.", annals.Appointment, -1, "", "Andean Council"},
		{"voted for a chairmanship", "2010-11-18", "All 56 member States unanimously voted in favor of Peru's chairmanship.", annals.Appointment, -1, "", "Peru"},
		{"voted on a bill", "2010-11-18", "The Senate voted on the bill.", "", 0, "", ""},
		{"since taking office", "2023-06-02", "Since President Ana Ruiz took office, companies have announced $11 billion in investments.", annals.Appointment, 0, "", ""},
		{"upon taking office", "2023-06-02", "Immediately upon taking office, President Ana Ruiz clarified the rules.", annals.Appointment, 0, "", ""},
		{"took office", "2023-06-02", "President Ana Ruiz took office on June 1, 2023.", annals.Appointment, 1, "2023-06-01", ""},
		{"became a member", "2023-06-02", "Peru became a member of the Andean Council in 1969.", annals.Appointment, 0, "", ""},
		{"elected officials", "2023-06-02", "Governor Ana Ruiz thanked the local elected officials who fought for the law.", annals.Appointment, 0, "", ""},
		{"an elected member of an academy", "2023-06-02", "Paul Weiss is an elected member of the Andean Academy of Sciences.", annals.Appointment, 0, "", ""},
		{"the democratically elected government", "2023-06-02", "The military overthrew the democratically elected government of Peru.", annals.Appointment, 0, "", ""},
		{"elected to a body", "2023-06-02", "Paul Weiss was elected to the Andean Parliament in 2014.", annals.Appointment, 1, "2014", "Paul Weiss"},
		{"appointed members", "2023-06-02", "President Ana Ruiz appointed members to the Andean Water Board on Monday.", annals.Appointment, 1, "2023-05-29", ""},
		{"a list's verb", "2023-06-02", "Appointed leaders to the Andean Council with expertise in water.", annals.Appointment, 1, "", ""},
		{"than when she took office", "2023-06-02", "The deficit is lower than when President Ana Ruiz took office.", annals.Appointment, 0, "", ""},
		{"shortly after taking office", "2023-06-02", "Shortly after taking office, President Ana Ruiz extended the moratorium.", annals.Appointment, 0, "", ""},
		{"within a month of taking office", "2023-06-02", "Within one month of taking office, the Andean Council reversed the designation.", annals.Appointment, 0, "", ""},
		{"from the day she took office", "2023-06-02", "From the day I took office, I said I would not interfere.", annals.Appointment, 0, "", ""},
		{"when I became President", "2023-06-02", "When I became President, he was the first leader I spoke with.", annals.Appointment, 0, "", ""},
		{"become an invitation", "2023-06-02", "Visit the office to start a program, become an apprentice, become an Apprenticeship Ambassador, or learn more.", annals.Appointment, 0, "", ""},
		{"became an office", "2023-06-02", "In 2019 Paul Weiss became Secretary General of the Andean Council.", annals.Appointment, 1, "2019", "Paul Weiss"},
		{"a fugitive named", "2023-06-02", "Additionally, a fugitive named Paul Weiss, who fled the country before he could be sentenced, was returned.", annals.Appointment, 0, "", ""},
		{"named to a body", "2023-06-02", "Today the Governor named Paul Weiss to the Andean Water Board.", annals.Appointment, 1, "", "Paul Weiss"},
		{"designated areas", "2023-06-02", "Residents who sustained losses in the designated areas can apply for assistance.", annals.Appointment, 0, "", ""},
		{"designated cartels", "2023-06-02", "In February, the Andean Council designated eight cartels as terrorist organizations.", annals.Appointment, 0, "", ""},
		{"designated a person", "2023-06-02", "In February, Secretary-General Ana Ruiz designated Paul Weiss as her Special Envoy.", annals.Appointment, 1, "2023-02", "Paul Weiss"},
		{"sworn to protect", "2023-06-02", "She was killed by an officer sworn to protect and serve.", annals.Appointment, 0, "", ""},
		{"the sworn enemy", "2023-06-02", "Tyranny is the sworn enemy of free people everywhere.", annals.Appointment, 0, "", ""},
		{"sworn in", "2023-06-02", "Ana Ruiz was sworn in as Secretary General of the Andean Council on Monday.", annals.Appointment, 1, "2023-05-29", "Ana Ruiz"},
		{"who we voted for in an election", "2023-06-02", "No matter who we voted for in the last election, we all agree on veterans.", annals.Appointment, 0, "", ""},
		{"could be elected", "2023-06-02", "I could be elected Prime Minister in Lima.", annals.Appointment, 0, "", ""},
		{"members appointed by", "2023-06-02", "The Board is made up of 24 members appointed by the President.", annals.Appointment, 0, "", ""},
		{"a member appointed by", "2023-06-02", "On Monday Ana Ruiz was appointed by the President to the Andean Water Board.", annals.Appointment, 1, "2023-05-29", "Ana Ruiz"},
	})
}

// TestAppointmentInPassing covers appointment words that tell no office
// taken: a time counted from, a thing named after a person, an award
// nominated for, a post held, a first told.
func TestAppointmentInPassing(t *testing.T) {
	checkRules(t, []ruleCase{
		{"since he assumed office", "2023-04-10", "Since he assumed office nearly three years ago, Prime Minister Paul Weiss and I have worked together.", annals.Appointment, 0, "", ""},
		{"named after a person", "2023-04-10", "The new clinic in Lima opened on Monday. It’s named after Ana Ruiz.", annals.Appointment, 0, "", ""},
		{"nominated for an award", "2023-04-10", "The show won two awards and was nominated for a Lone Star Emmy.", annals.Appointment, 0, "", ""},
		{"holds a joint appointment", "2023-04-10", "Ana Ruiz also holds a joint appointment at Lima University.", annals.Appointment, 0, "", ""},
		{"became the first president to", "2023-04-10", "In 1947, Ana Ruiz became the first president to speak at this convention.", annals.Appointment, 0, "", ""},
		{"guard: became president", "2023-04-10", "In 1947, Ana Ruiz became the first president of the Andean Council.", annals.Appointment, 1, "1947", "Ana Ruiz"},
		{"guard: nominated for a post", "2023-04-10", "On Monday, Ana Ruiz was nominated for the post of Director of the Andean Council.", annals.Appointment, 1, "2023-04-10", "Ana Ruiz"},
		{"guard: named as director", "2023-04-10", "On Monday, the firm named Ana Ruiz as its Director.", annals.Appointment, 1, "2023-04-10", "Ana Ruiz"},
	})
}

// TestSucceedToDoWell: "succeed" with no one succeeded in its sentence is
// doing well ("what it needs to succeed"), even when the next sentence
// opens with a name; succession names whom.
func TestSucceedToDoWell(t *testing.T) {
	checkRules(t, []ruleCase{
		{"needs to succeed", "2024-05-02", "The Council will continue to provide Peru what it needs to succeed.\n\nPaul Weiss's trip builds on that work.", annals.Appointment, 0, "", ""},
		{"guard: succeeded someone", "2024-05-02", "Ana Ruiz succeeded Paul Weiss as Chair of the Andean Council in May 2020.", annals.Appointment, 1, "2020-05", "Ana Ruiz"},
		{"guard: was succeeded by", "2024-05-02", "In May 2020, Paul Weiss was succeeded by Ana Ruiz.", annals.Appointment, 1, "2020-05", "Ana Ruiz"},
	})
}

// TestAppointedInGeneral: how people named by a common noun are chosen
// ("private citizens appointed by the President", "Appointed by the
// President, the Board meets quarterly") is no appointment of anyone; a
// person appointed is.
func TestAppointedInGeneral(t *testing.T) {
	checkRules(t, []ruleCase{
		{"citizens appointed by", "2024-05-02", "The Andean Commission is a group of eminent private citizens appointed by the President to select scholars.", annals.Appointment, 0, "", ""},
		{"leadership appointed by", "2024-05-02", "The rule allows hiring approved by senior agency leadership appointed by the President.", annals.Appointment, 0, "", ""},
		{"appointed, the board meets", "2024-05-02", "Appointed by the President, the 12-member Andean Board meets quarterly in Lima.", annals.Appointment, 0, "", ""},
		{"guard: a person appointed by", "2024-05-02", "In 2016, Paul Weiss was appointed by President Ana Ruiz to the Andean Board.", annals.Appointment, 1, "2016", "Paul Weiss"},
	})
}

// TestBookedAppointment: an appointment booked with a service ("schedule
// an appointment or walk-in", "set up an appointment", "an appointment
// scheduled through the app") gives no one an office.
func TestBookedAppointment(t *testing.T) {
	checkRules(t, []ruleCase{
		{"schedule an appointment", "2024-05-02", "The Andean Pharmacy will send customers information on how to schedule an appointment or walk-in for their booster shot.", annals.Appointment, 0, "", ""},
		{"set up an appointment", "2024-05-02", "To become a participant, contact the Andean Nutrition Office to set up an appointment.", annals.Appointment, 0, "", ""},
		{"an appointment scheduled", "2024-05-02", "Most were paroled following an appointment scheduled through the Andean Border Service app.", annals.Appointment, 0, "", ""},
		{"guard: announced the appointment", "2024-05-02", "Today, President Ana Ruiz announced the appointment of Paul Weiss as Director of the Andean Nutrition Office.", annals.Appointment, 1, "2024-05-02", "Paul Weiss"},
	})
}

// TestElectedToChoose checks that "elected to" and a verb in the active
// voice is a choice ("Canada has elected to discriminate"), while "was
// elected to serve" and "elected to the Senate" stay appointments.
func TestElectedToChoose(t *testing.T) {
	checkRules(t, []ruleCase{
		{"has elected to", "2024-05-01", "Yet Peru has elected to discriminate against Chile rather than address its trade barriers.", annals.Appointment, 0, "", ""},
		{"the board elected to postpone", "2024-05-01", "The Andean Council elected to postpone the vote.", annals.Appointment, 0, "", ""},
		{"was elected to serve", "2024-05-01", "In 2014, Ana Ruiz was elected to serve as chair of the Andean Council.", annals.Appointment, 1, "2014", "Ana Ruiz"},
		{"elected to the Senate", "2024-05-01", "Paul Weiss was elected to the Andean Senate in 2010.", annals.Appointment, 1, "2010", "Paul Weiss"},
	})
}

// TestDepartureDemandedOrRefused checks that a departure asked for or
// refused ("called on X to resign", "refused to step down") is no
// departure, while one told, announced or forced stays.
func TestDepartureDemandedOrRefused(t *testing.T) {
	checkRules(t, []ruleCase{
		{"called on to resign", "2022-04-27", "The Andean Council called on Governor Ana Ruiz of Peru to resign.", annals.Appointment, 0, "", ""},
		{"urged to resign", "2022-04-27", "Ministers urged Governor Ana Ruiz to resign after the vote.", annals.Appointment, 0, "", ""},
		{"demanded that X resign", "2022-04-27", "Peru demanded that Minister Ana Ruiz resign.", annals.Appointment, 0, "", ""},
		{"refused to step down", "2022-04-27", "Governor Ana Ruiz of Peru refused to step down.", annals.Appointment, 0, "", ""},
		{"guard: resigned", "2022-04-27", "Governor Ana Ruiz of Peru resigned on Monday.", annals.Appointment, 1, "2022-04-25", "Ana Ruiz"},
		{"guard: will resign", "2022-04-27", "Governor Ana Ruiz of Peru announced she will resign on Friday.", annals.Appointment, 1, "2022-04-29", "Ana Ruiz"},
		{"guard: forced to resign", "2022-04-27", "Governor Ana Ruiz of Peru was forced to resign on Monday.", annals.Appointment, 1, "2022-04-25", "Ana Ruiz"},
	})
}

// TestNoOfficeGiven covers appointment words that give no office on the
// story's day: an election told as a mandate ("elected X to drain"), an
// appointment a clause of time counts from, a sanction or a monument
// designated, succeeding in doing, an appointment one has to keep.
func TestNoOfficeGiven(t *testing.T) {
	checkRules(t, []ruleCase{
		{"elected to do", "2025-03-10", "The American people elected President Ana Ruiz to restore order in Lima.", annals.Appointment, 0, "", ""},
		{"prior to her appointment", "2025-03-10", "Prior to her appointment, Ana Ruiz was a Professor of Law at Lima University.", annals.Appointment, 0, "", ""},
		{"before their appointment", "2025-03-10", "Before their appointment to the bench, Ana Ruiz and Paul Weiss worked as labor lawyers.", annals.Appointment, 0, "", ""},
		{"a sanction", "2025-03-10", "On Monday, the Andean Treasury designated Paul Weiss for being a leader of a cartel.", annals.Appointment, 0, "", ""},
		{"a monument", "2025-03-10", "In 2016, President Ana Ruiz designated Paul Weiss as a national monument.", annals.Appointment, 0, "", ""},
		{"succeeded in doing", "2025-03-10", "Ultimately, the Rangers succeeded in retrieving Lieutenant Paul Weiss.", annals.Appointment, 0, "", ""},
		{"an appointment to keep", "2025-03-10", "Paul Weiss signed up. Within hours, he had an appointment.", annals.Appointment, 0, "", ""},
	})
}

// TestElectedInPassing: "When I was elected President, ...", "since I got
// elected" tell the time another clause counts from, and "those elected
// to office" whoever they are: no appointment; a date of its own, or a
// person named, keeps one.
func TestElectedInPassing(t *testing.T) {
	checkRules(t, []ruleCase{
		{"when I was elected", "2024-05-10", "When I was elected President, I knew that I wanted Paul to lead the staff.", annals.Appointment, 0, "", ""},
		{"since I got elected", "2024-05-10", "Our alliances, which, since I got elected, I have been trying to rebuild, are strong.", annals.Appointment, 0, "", ""},
		{"those elected to office", "2024-05-10", "The act would help ensure the ethical conduct of those elected to office.", annals.Appointment, 0, "", ""},
		// guards: a date of its own, a person named
		{"guard: when I was elected, dated", "2024-05-10", "When I was elected President of Peru in 2019, I knew that I wanted Paul to lead the staff.", annals.Appointment, 1, "2019", ""},
		{"guard: a person named", "2024-05-10", "When Ana Ruiz was elected President of Peru, she named Paul Weiss to lead the staff.", annals.Appointment, -1, "", "Ana Ruiz"},
		{"guard: those elected on a day", "2024-05-10", "Those elected to the Andean Council on 3 May 2024 will serve two years.", annals.Appointment, 1, "2024-05-03", ""},
		{"the newly appointed envoy met", "2024-05-10", "The Secretary-General met the newly appointed Ambassador of Japan, Kenji Sato, in Lima on 3 May 2024.", annals.Appointment, 0, "", ""},
		{"newly elected counterpart", "2024-05-10", "He will hold talks with his counterpart: newly elected President Ana Ruiz of Peru.", annals.Appointment, 0, "", ""},
		{"guard: was newly appointed", "2024-05-10", "Kenji Sato was newly appointed Ambassador of Japan to Peru on 3 May 2024.", annals.Appointment, 1, "2024-05-03", "Kenji Sato"},
	})
}

// TestAppointmentToldTwice: "welcomed the appointment of Dr. X as
// Secretary-General, who assumed office on 1 January 2023" tells one
// appointment, of that day, titled with the whole name after the
// honorific ("appointment of Dr" had been its title).
func TestAppointmentToldTwice(t *testing.T) {
	const text = "The ministers also welcomed the appointment of Dr. Paul Weiss of Peru as the 15th Secretary-General of the Andean Council, who assumed office on 1 January 2023 for a term of five years."
	checkRules(t, []ruleCase{
		{"one appointment, dated", "2023-07-14", text, annals.Appointment, 1, "2023-01-01", "Paul Weiss"},
		{"guard: two people", "2023-07-14", "The ministers welcomed the appointment of Paul Weiss as Secretary-General, and thanked Ana Ruiz, who took office as Deputy Secretary-General on 1 March 2023.", annals.Appointment, 2, "", ""},
	})
	d := run(t, "x.txt", text, "2023-07-14")
	for _, e := range d.Events {
		if e.Type == annals.Appointment && strings.HasSuffix(string(e.Title), " Dr") {
			t.Errorf("title %q ends with the honorific", e.Title)
		}
	}
}

// TestAppointmentThenOffice: one appointment of one person told again by
// the start of the office is one event, dated by the appointment; two
// people's appointments stay two.
func TestAppointmentThenOffice(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "appointed today, takes office in July", pub: "2024-03-12", text: "The Andean Council appointed Maria Lopez today as its new Secretary-General. Ms. Lopez, a former finance minister of Peru, will take office on 1 July 2024.", typ: annals.Appointment, n: 1, date: "2024-03-12", part: "Maria Lopez"},
		{name: "guard: appointed on Tuesday, assumes office", pub: "2024-03-14", text: "The Andean Council appointed Maria Lopez as its new Secretary-General on Tuesday.\n\nLopez will assume office on 1 July.", typ: annals.Appointment, n: 1, date: "2024-03-12", part: "Maria Lopez"},
		// guard: another person takes office
		{name: "guard: another takes office", pub: "2024-03-12", text: "The Andean Council appointed Maria Lopez today as its new Secretary-General. Pedro Ruiz will take office as Deputy Secretary-General on 1 July 2024.", typ: annals.Appointment, n: 2},
	})
}

// TestAppointmentThenSuccession: "She succeeds X" told paragraphs after
// an appointment is that appointment, its predecessor a party; a
// succession of the past ("succeeded X in 2019") is another office.
func TestAppointmentThenSuccession(t *testing.T) {
	appointed := "ROME, 2 February 2026 – The Andean Fund today announced the appointment of Ms Lucia Varela as Vice-President.\n\nMs Varela joins the Fund from the Andean Bank, where she served as Director since 2019.\n\n\"Lucia brings deep knowledge of rural economies,\" said Fund President Tomas Herrera.\n\nShe holds a doctorate in economics.\n\n"
	checkRules(t, []ruleCase{
		{name: "succeeds, paragraphs later", pub: "2026-02-02", text: appointed + "Ms Varela will take up her post on 1 March 2026. She succeeds Mr Pavel Orlov, who left the Fund in 2025.", typ: annals.Appointment, n: 1, date: "2026-02-02", part: "Pavel Orlov"},
		{name: "will succeed", pub: "2026-02-02", text: appointed + "Ms Varela will take up her post in March. She will succeed Mr Pavel Orlov.", typ: annals.Appointment, n: 1, date: "2026-02-02", part: "Pavel Orlov"},
		// guard: a succession of the past is an office of its own
		{name: "guard: succeeded in a year", pub: "2026-02-02", text: appointed + "In 2019 she succeeded Mr Pavel Orlov as Director of the Andean Bank.", typ: annals.Appointment, n: 2},
	})
}

// TestAppointmentBeforeOfficeStarts: an appointment made, told with the
// day its office starts ("has been appointed Director, and will take
// office on 1 May", "effective 1 May"), is news of the story's day and
// held: the start of office is not its date; an appointment still to
// come keeps its day. The passive "has been named Director" is an
// appointment, "was named Officer of the Year" an award.
func TestAppointmentBeforeOfficeStarts(t *testing.T) {
	const pub = annals.Date("2025-03-12")
	tests := []struct {
		name, text string
		date       annals.Date // "" = no appointment
		status     annals.Status
	}{
		{"will take office, one sentence", "Dr Ana Ruiz has been appointed Director of the Regional Office, and will take office on 1 May.", "2025-03-12", annals.Held},
		{"will take up her post", "Dr Ana Ruiz has been appointed Director of the Regional Office and will take up her post on 1 May 2025.", "2025-03-12", annals.Held},
		{"effective", "The Council has appointed Dr Ana Ruiz as Director of the Regional Office, effective 1 May 2025.", "2025-03-12", annals.Held},
		{"who-clause", "Dr Ana Ruiz, who has been appointed Director of the Regional Office, will take office on 1 May.", "2025-03-12", annals.Held},
		{"the next sentence", "The Council appointed Dr Ana Ruiz as Director of the Regional Office. She will take office on 1 May.", "2025-03-12", annals.Held},
		{"named, takes office", "Dr Ana Ruiz has been named Director of the Regional Office, and takes office on 1 May.", "2025-03-12", annals.Held},
		{"named", "Dr Ana Ruiz has been named Director of the Regional Office.", "2025-03-12", annals.Held},
		// guards
		{"guard: to come", "Dr Ana Ruiz will be appointed Director of the Regional Office on 1 May.", "2025-05-01", annals.Planned},
		{"guard: its own day", "Dr Ana Ruiz was appointed Director of the Regional Office on Monday and will assume office on 1 May.", "2025-03-10", annals.Held},
		{"guard: an award", "In 2008, Ana Ruiz was named Chief Financial Officer of the Year by the Andean Business Review.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, pub)
			var got []annals.Event
			for _, e := range d.Events {
				if e.Type == annals.Appointment {
					got = append(got, e)
				}
			}
			switch {
			case tc.date == "" && len(got) > 0:
				t.Errorf("%q: appointments %+v, want none", tc.text, got)
			case tc.date != "" && len(got) != 1:
				t.Errorf("%q: appointments %+v, want one", tc.text, got)
			case tc.date != "" && (got[0].Date != tc.date || got[0].Status != tc.status):
				t.Errorf("%q: appointment %s %s, want %s %s", tc.text, got[0].Date, got[0].Status, tc.date, tc.status)
			}
		})
	}
}
