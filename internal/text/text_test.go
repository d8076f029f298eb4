package text

import (
	"reflect"
	"testing"
)

func sentences(s string) []string {
	var out []string
	for _, x := range Sentences(s) {
		out = append(out, s[x.Start:x.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Ban said so. He left.", []string{"Mr. Ban said so.", "He left."}},
		{"The U.N. Secretary-General spoke. Then he left.", []string{"The U.N. Secretary-General spoke.", "Then he left."}},
		{"It happened in the U.S. The next day was calm.", []string{"It happened in the U.S.", "The next day was calm."}},
		{"President Joseph R. Biden Jr. met Dr. Tedros on Sept. 5. They talked.", []string{"President Joseph R. Biden Jr. met Dr. Tedros on Sept. 5.", "They talked."}},
		{"“This is not mere sentiment,” he added. “It has deep consequences.”", []string{"“This is not mere sentiment,” he added.", "“It has deep consequences.”"}},
		{"It rose 3.5 percent. Good.", []string{"It rose 3.5 percent.", "Good."}},
		{"Headline without period\n\nBody starts here. And ends.", []string{"Headline without period", "Body starts here.", "And ends."}},
		{"youth around the world ... inviting leaders ... and much more.”", []string{"youth around the world ... inviting leaders ... and much more.”"}},
		{"Is it? Yes! Fine.", []string{"Is it?", "Yes!", "Fine."}},
		{"a line\nwrapped here. Next.", []string{"a line\nwrapped here.", "Next."}},
		{"She was an associate at Vane & Orly L.L.P. Judge Lee then served.", []string{"She was an associate at Vane & Orly L.L.P.", "Judge Lee then served."}},
		{"The D.C. Council met.", []string{"The D.C. Council met."}},
		{"Biden will attend the ASEAN-U.S. Special Summit in May.", []string{"Biden will attend the ASEAN-U.S. Special Summit in May."}},
		{"They held the first India-U.S. Defense Dialogue. It went well.", []string{"They held the first India-U.S. Defense Dialogue.", "It went well."}},
		{"Trade rose with the EU-U.K. Trade Council in place.", []string{"Trade rose with the EU-U.K. Trade Council in place."}},
		{"Talks ended on the ASEAN-U.S. The next day was calm.", []string{"Talks ended on the ASEAN-U.S.", "The next day was calm."}},
		{"Schools now open pre-K. Parents were pleased.", []string{"Schools now open pre-K.", "Parents were pleased."}},
		{"We met in mid-Jan. Then we left.", []string{"We met in mid-Jan.", "Then we left."}},
		{"Widen Access to Clean Water.** The agency proposed a rule on May 3.", []string{"Widen Access to Clean Water.**", "The agency proposed a rule on May 3."}},
		{"Open New Markets.* Officials met in Lima.", []string{"Open New Markets.*", "Officials met in Lima."}},
		{"Fund Rural Clinics.__ The plan adds $2 million.", []string{"Fund Rural Clinics.__", "The plan adds $2 million."}},
		{"Why Ports Matter?** Ports carry most goods.", []string{"Why Ports Matter?**", "Ports carry most goods."}},
		{"Guard: the new rules.** see below for details.", []string{"Guard: the new rules.** see below for details."}},
		{"Guard: the Sen.** Smith office.", []string{"Guard: the Sen.** Smith office."}},
		{"Guard: call config.__init__ Today.", []string{"Guard: call config.__init__ Today."}},
		{"", nil},
	}
	for _, tc := range tests {
		if got := sentences(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Al-Nasser met the U.N. chief.", []string{"Mr", ".", "Al-Nasser", "met", "the", "U.N.", "chief", "."}},
		{"more than 1,200 delegates (3.5%)", []string{"more", "than", "1,200", "delegates", "(", "3.5", "%", ")"}},
		{"OTS’s cooperation; Ki-moon", []string{"OTS’s", "cooperation", ";", "Ki-moon"}},
		{"20-21 October", []string{"20", "-", "21", "October"}},
		{"the AU-UN conference, U.S.-Pacific ties, Thomas-Greenfield, Co-operation", []string{"the", "AU", "-", "UN", "conference", ",", "U.S.", "-", "Pacific", "ties", ",", "Thomas-Greenfield", ",", "Co-operation"}},
		{"the India-U.S. Defense talks, a then-U.S. Senator, Jean-P. Roux", []string{"the", "India", "-", "U.S.", "Defense", "talks", ",", "a", "then", "-", "U.S.", "Senator", ",", "Jean-P", ".", "Roux"}},
		{"the South Africa-U.K. forum and Baden-Baden", []string{"the", "South", "Africa", "-", "U.K.", "forum", "and", "Baden-Baden"}},
	}
	for _, tc := range tests {
		var got []string
		for _, tk := range Tokens(tc.in) {
			got = append(got, tc.in[tk.Start:tk.End])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Tokens(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Mr. Ban said so. He left.\n\nNext U.N. para ... end")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, x := range Sentences(s) {
			if x.Start < prev || x.End <= x.Start || x.End > len(s) || x.End-x.Start > MaxSentence {
				t.Fatalf("bad sentence %+v after %d in %q", x, prev, s)
			}
			prev = x.End
		}
		prev = 0
		for _, tk := range Tokens(s) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			prev = tk.End
		}
	})
}
