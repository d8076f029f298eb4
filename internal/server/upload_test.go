package server

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"os"
	"strings"
	"testing"
)

// uploadForm builds a multipart upload of files (name -> testdata file)
// with extra fields.
func uploadForm(t *testing.T, files [][2]string, fields ...string) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, f := range files {
		p := f[1] // a file of testdata/uploads, or a path
		if !strings.Contains(p, "/") {
			p = "testdata/uploads/" + p
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fw, _ := mw.CreateFormFile("file", f[0])
		fw.Write(raw)
	}
	for i := 0; i+1 < len(fields); i += 2 {
		mw.WriteField(fields[i], fields[i+1])
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

type uploadAnswer struct {
	Stories []StoredStory `json:"stories"`
	Summary UploadSummary `json:"summary"`
	Error   string        `json:"error"`
}

// TestUploadSameNameKeepsBoth: two different files of one name are two
// stories; the same content is unchanged; replacing is asked for.
func TestUploadSameNameKeepsBoth(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	post := func(file, content string, fields ...string) (int, uploadAnswer) {
		body, ct := uploadForm(t, [][2]string{{file, content}}, fields...)
		w := do(s, "POST", "/api/stories", body, "Content-Type", ct)
		var a uploadAnswer
		if err := json.Unmarshal(w.Body.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", w.Body, err)
		}
		return w.Code, a
	}
	steps := []struct {
		content, replace string
		status           int
		outcome, path    string
	}{
		{"report-a.txt", "", 201, Stored, "report.txt"},
		{"report-b.txt", "", 201, Stored, "report-2.txt"},
		{"report-a.txt", "", 200, Unchanged, "report.txt"},
		{"report-b.txt", "", 200, Unchanged, "report-2.txt"},
		{"report-c.txt", "1", 201, Replaced, "report.txt"},
	}
	for i, c := range steps {
		code, a := post("report.txt", c.content, "replace", c.replace)
		if code != c.status || len(a.Stories) != 1 || a.Stories[0].Outcome != c.outcome || a.Stories[0].Path != c.path {
			t.Fatalf("step %d (%s): %d %+v, want %d %s as %s", i, c.content, code, a, c.status, c.outcome, c.path)
		}
	}
	// the story of report-b.txt is still there, under its new name
	w := do(s, "GET", "/api/search?q=Jakarta", nil)
	if !strings.Contains(w.Body.String(), "report-2.txt") {
		t.Errorf("report-2.txt lost: %s", w.Body)
	}
}

// TestUploadEachFileOutcome: a multi-file upload with a bad file stores
// the good ones and says what became of each (207).
func TestUploadEachFileOutcome(t *testing.T) {
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	files := [][2]string{{"a.txt", "report-a.txt"}, {"broken.txt", "broken.txt"}, {"slides.pdf", "report-b.txt"}, {"c.txt", "report-c.txt"}}
	body, ct := uploadForm(t, files)
	w := do(s, "POST", "/api/stories", body, "Content-Type", ct)
	var a uploadAnswer
	if err := json.Unmarshal(w.Body.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if w.Code != 207 || a.Summary != (UploadSummary{Stored: 2, Rejected: 2}) || len(a.Stories) != 4 {
		t.Fatalf("answer %d %s", w.Code, w.Body)
	}
	for i, want := range []string{Stored, Rejected, Rejected, Stored} {
		if a.Stories[i].Outcome != want || (want == Rejected) != (a.Stories[i].Reason != "") {
			t.Errorf("file %d: %+v, want %s", i, a.Stories[i], want)
		}
	}
	if !strings.Contains(a.Stories[1].Reason, "binary") || !strings.Contains(a.Stories[2].Reason, "PDF") {
		t.Errorf("reasons: %q, %q", a.Stories[1].Reason, a.Stories[2].Reason)
	}
	// the page says it too
	files = [][2]string{{"d.txt", "report-b.txt"}, {"broken.txt", "broken.txt"}}
	body, ct = uploadForm(t, files)
	w = do(s, "POST", "/add", body, "Content-Type", ct, "Sec-Fetch-Site", "same-origin")
	page := w.Body.String()
	if w.Code != 207 || !strings.Contains(page, "1 stored") || !strings.Contains(page, "1 rejected") ||
		!strings.Contains(page, "binary") || !strings.Contains(page, "d.txt") {
		t.Errorf("page %d: %.2000s", w.Code, page)
	}
}
