package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	d := run(t, f, string(b), "2024-10-08")
	for _, e := range d.Events {
		fmt.Printf("%s %q %s %s %s %s %v | %s\n", e.Type, string(e.Title), e.Date, e.DateEnd, e.Place, e.Status, e.Participants, e.Evidence.Text)
	}
}
