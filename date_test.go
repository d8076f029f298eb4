package annals

import (
	"fmt"
	"testing"
)

// TestDateValidAsBounds checks Valid, which reads the digits itself,
// against Bounds (time.Parse) for every month and day number of years
// around the leap rules, and for malformed dates: a character of each
// place replaced, other lengths.
func TestDateValidAsBounds(t *testing.T) {
	var ds []Date
	for _, y := range []string{"0000", "0001", "0004", "0100", "0400", "1600", "1700", "1900", "1996", "1999", "2000", "2023", "2024", "2100", "2400", "9996", "9999"} {
		ds = append(ds, Date(y))
		for m := 0; m <= 13; m++ {
			ym := fmt.Sprintf("%s-%02d", y, m)
			ds = append(ds, Date(ym))
			for day := 0; day <= 32; day++ {
				ds = append(ds, Date(fmt.Sprintf("%s-%02d", ym, day)))
			}
		}
	}
	for _, d := range []Date{"2024-02-29", "2024-12-31", "1999-06-15", "2024", "2024-07"} {
		for i := 0; i < len(d); i++ {
			for _, c := range "0-+ /a.9\x00\xff" {
				b := []byte(d)
				b[i] = byte(c)
				ds = append(ds, Date(b))
			}
		}
		for n := 1; n < len(d); n++ {
			ds = append(ds, d[:n], d+d[:n])
		}
	}
	ds = append(ds, "", "-", "+2024", "-2024", "+202", "２０２４", "2024-1-01", "2024-01-1", "202a", "2024/01/02")
	for _, d := range ds {
		_, _, want := d.Bounds()
		want = want || d == ""
		if got := d.Valid(); got != want {
			t.Errorf("Date(%q).Valid() = %v, Bounds says %v", d, got, want)
		}
	}
}

// BenchmarkDateValid asks Valid of dates of each precision.
func BenchmarkDateValid(b *testing.B) {
	ds := []Date{"2024", "2024-07", "2024-02-29", "2023-02-29", "1999-12-31"}
	for i := 0; i < b.N; i++ {
		for _, d := range ds {
			d.Valid()
		}
	}
}
