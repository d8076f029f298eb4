package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The browser tests drive Debian's chromium (headless) through the pages a
// journalist uses: home, search, a story with its highlights and related
// stories, an entity timeline, the relations page, and an upload. Every
// page must render with no console error, no uncaught exception and no
// Content-Security-Policy violation (those are console errors too).
// Screenshots go to $ANNALS_SCREENSHOTS, or a temporary directory.

const chromiumPath = "/usr/bin/chromium"

// browser is a headless chromium tab that records console messages.
type browser struct {
	t    *testing.T
	ctx  context.Context
	dir  string
	mu   sync.Mutex
	msgs []string
	dlg  []string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but there is no " + chromiumPath + " (apt-get install chromium): the browser tests must run")
		}
		t.Skip("no " + chromiumPath + " (apt-get install chromium)")
	}
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	profile := t.TempDir()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1360, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	b := &browser{t: t, ctx: ctx}
	b.dir = os.Getenv("ANNALS_SCREENSHOTS")
	if b.dir == "" {
		b.dir = t.TempDir()
	}
	if err := os.MkdirAll(b.dir, 0o755); err != nil {
		t.Fatal(err)
	}
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() || m.Type == chromedp.ConsoleWarning {
				b.mu.Lock()
				b.msgs = append(b.msgs, fmt.Sprintf("%s (%s:%d)", m, m.URL, m.Line))
				b.mu.Unlock()
			}
		}
	}()
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.dlg = append(b.dlg, ev.Message)
			b.mu.Unlock()
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	return b
}

// do runs actions with a time limit.
func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("browser: %v", err)
	}
}

// eval evaluates a JavaScript expression.
func eval[T any](b *browser, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// open navigates and waits for the page to load.
func (b *browser) open(url string) {
	b.t.Helper()
	b.do(chromedp.Navigate(url), chromedp.WaitReady("body"))
}

// click clicks and waits for the next page to load.
func (b *browser) click(sel string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.CSS(sel)))); err != nil {
		b.t.Fatalf("click %s: %v", sel, err)
	}
}

// shot saves a full-page screenshot as name.png.
func (b *browser) shot(name string) string {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(b.dir, name+".png")
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		b.t.Fatal(err)
	}
	return path
}

// noOverflow fails the test if the page is wider than the viewport (a
// long name that does not wrap).
func (b *browser) noOverflow(page string) {
	b.t.Helper()
	if w := eval[int](b, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); w > 0 {
		wide := eval[string](b, `(() => { const vw = document.documentElement.clientWidth; const out = [];
			for (const el of document.querySelectorAll("body *")) { const r = el.getBoundingClientRect(); if (r.right > vw + 1) out.push(el.tagName + "." + el.className + " " + (el.textContent || "").slice(0, 40)); if (out.length > 4) break; }
			return out.join(" | "); })()`)
		b.t.Errorf("%s: the page is %dpx wider than the viewport: %s", page, w, wide)
	}
}

// clean fails the test if the console reported errors since the last call.
func (b *browser) clean(page string) {
	b.t.Helper()
	time.Sleep(150 * time.Millisecond) // let the last events arrive
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, m := range b.msgs {
		b.t.Errorf("%s: console: %s", page, m)
	}
	for _, d := range b.dlg {
		b.t.Errorf("%s: a dialog opened: %q", page, d)
	}
	b.msgs, b.dlg = nil, nil
}

func TestBrowserJourney(t *testing.T) {
	b := newBrowser(t)
	st := exampleDB(t)
	ts := httptest.NewServer(newTestServer(t, st, ""))
	defer ts.Close()

	// Home: search box, latest stories, active organizations, counts.
	b.open(ts.URL + "/")
	if n := eval[int](b, `document.querySelectorAll("#latest li").length`); n < 5 {
		t.Errorf("home lists %d latest stories", n)
	}
	if n := eval[int](b, `document.querySelectorAll("table.matrix td a").length`); n == 0 {
		t.Error("home has no event counts by type and year")
	}
	b.shot("home")
	b.noOverflow("home")
	b.clean("home")

	// Search, then click through to the first hit.
	b.do(chromedp.SendKeys(chromedp.CSS(".bigsearch input"), "Turkic Council"))
	b.click(".bigsearch button")
	if n := eval[int](b, `document.querySelectorAll("#hits li").length`); n == 0 {
		t.Fatal("search for Turkic Council found nothing")
	}
	if n := eval[int](b, `document.querySelectorAll("#hits mark").length`); n == 0 {
		t.Error("search snippets have no highlighted terms")
	}
	if n := eval[int](b, `document.querySelectorAll("#facets li").length`); n == 0 {
		t.Error("search has no facets")
	}
	b.shot("search")
	b.clean("search")
	// Narrow by the first organization facet.
	before := eval[int](b, `document.querySelectorAll("#hits li").length`)
	b.click("#facets h2 + ul li a")
	after := eval[int](b, `document.querySelectorAll("#hits li").length`)
	if after == 0 || after > before {
		t.Errorf("a facet changed the hits from %d to %d", before, after)
	}
	b.clean("search facet")

	b.click("#hits li a.hit-title")
	if !strings.Contains(eval[string](b, `location.pathname`), "/stories/") {
		t.Fatal("the hit did not open a story")
	}
	for _, k := range []string{"org", "place", "date"} {
		if n := eval[int](b, `document.querySelectorAll("#story-text .mk.`+k+`").length`); n == 0 {
			t.Errorf("story shows no %s highlights", k)
		}
	}
	if n := eval[int](b, `document.querySelectorAll("#related li").length`); n == 0 {
		t.Error("story shows no past stories on this issue")
	}
	// Opening an event lights its evidence in the text.
	if n := eval[int](b, `document.querySelectorAll("#events li").length`); n > 0 {
		b.do(chromedp.Click(chromedp.CSS("#events li summary")))
		time.Sleep(200 * time.Millisecond)
		if n := eval[int](b, `document.querySelectorAll("#story-text .ev.lit").length`); n == 0 {
			t.Error("opening an event did not light its evidence")
		}
		if !eval[bool](b, `getComputedStyle(document.querySelector("#events li blockquote")).display !== "none"`) {
			t.Error("the evidence sentence is not shown")
		}
	} else {
		t.Error("story shows no events")
	}
	b.shot("story")
	b.noOverflow("story")
	b.clean("story")

	// An organization's page, its timeline, zoomed to a year.
	b.click("#story-text a.mk.org")
	if !strings.Contains(eval[string](b, `location.pathname`), "/entities/") {
		t.Fatal("the highlight did not open an entity page")
	}
	if n := eval[int](b, `document.querySelectorAll("#timeline-svg .mark").length`); n == 0 {
		t.Error("entity page has no timeline marks")
	}
	b.shot("entity")
	b.noOverflow("entity")
	b.clean("entity")
	if n := eval[int](b, `document.querySelectorAll(".zoom a").length`); n > 1 {
		b.click(".zoom a:nth-child(2)")
		if !strings.Contains(eval[string](b, `location.search`), "year=") {
			t.Error("zoom link did not choose a year")
		}
		if n := eval[int](b, `document.querySelectorAll("#timeline-svg .ticklabel").length`); n != 12 {
			t.Errorf("zoomed timeline has %d month ticks, want 12", n)
		}
		b.clean("entity zoomed")
	}
	// Relations with a partner.
	if n := eval[int](b, `document.querySelectorAll("#partners a[href^='/relations']").length`); n > 0 {
		b.click("#partners a[href^='/relations']")
		if n := eval[int](b, `document.querySelectorAll("#chronicle sup a").length`); n == 0 {
			t.Error("relations page has no footnoted prose")
		}
		if v := eval[string](b, `document.querySelector("input[name=a]").value`); v == "" || strings.Trim(v, "0123456789#") == "" {
			t.Errorf("relations form shows %q, want the entity's name", v)
		}
		b.shot("relations")
		b.noOverflow("relations")
		b.clean("relations")
		// The event behind the first footnote: every report, why joined.
		b.click("#fn-1 a[href^='/events/']")
		if n := eval[int](b, `document.querySelectorAll("#reports li.report q").length`); n == 0 {
			t.Error("event page lists no reports with quotes")
		}
		if n := eval[int](b, `document.querySelectorAll("#reports .why").length`); n == 0 {
			t.Error("event page does not say why reports were joined")
		}
		b.shot("event")
		b.noOverflow("event")
		b.clean("event")
	} else {
		t.Error("entity page lists no partners")
	}

	// Timeline with a filter.
	b.open(ts.URL + "/timeline?type=agreement")
	if n := eval[int](b, `document.querySelectorAll(".events-table tbody tr").length`); n == 0 {
		t.Error("timeline of agreements is empty")
	}
	b.shot("timeline")
	b.clean("timeline")

	// Upload a file; land on the new story.
	dir := t.TempDir()
	file := filepath.Join(dir, "ots-digital-2024.md")
	os.WriteFile(file, []byte("# OTS and UNESCO sign digital heritage accord\n\n"+
		"The Organization of Turkic States (OTS) and UNESCO signed a memorandum of understanding on 3 March 2024 in Istanbul. "+
		"Secretary General Kubanychbek Omuraliev said the accord covers 12 heritage sites.\n"), 0o644)
	b.open(ts.URL + "/add")
	b.do(chromedp.SetUploadFiles(chromedp.CSS("input[type=file]"), []string{file}))
	b.click("#add-form button[type=submit]")
	if got := eval[string](b, `document.querySelector("h1").textContent`); !strings.Contains(got, "digital heritage accord") {
		t.Errorf("after upload the page is %q", got)
	}
	b.shot("uploaded")
	b.clean("upload")
}

// TestBrowserUntrustedStory stores a story full of markup and script and
// checks in a real browser that none of it runs or breaks the page.
func TestBrowserUntrustedStory(t *testing.T) {
	b := newBrowser(t)
	st := exampleDB(t)
	s := newTestServer(t, st, "")
	ts := httptest.NewServer(s)
	defer ts.Close()
	res, err := Ingest(context.Background(), st, extractor(), "evil.txt", []byte(evilStory), "2020-01-02")
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{fmt.Sprintf("/stories/%d", res.StoryID), "/search?q=Alliance+onerror", "/"} {
		b.open(ts.URL + u)
		time.Sleep(300 * time.Millisecond)
		if v := eval[bool](b, `window.__pwned === true`); v {
			t.Errorf("%s: script from the story ran", u)
		}
		if n := eval[int](b, `document.querySelectorAll("main script, main img, main iframe, main svg[onload], #story-text b").length`); n != 0 {
			t.Errorf("%s: story markup became %d elements", u, n)
		}
		b.clean(u)
	}
	b.shot("untrusted")
}

// TestBrowserReportsViolations checks the checker: a page that breaks the
// Content-Security-Policy (an inline script) and throws must show up as
// console errors, or the clean pages above would prove nothing.
func TestBrowserReportsViolations(t *testing.T) {
	b := newBrowser(t)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'self'")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if r.URL.Path == "/throw.js" {
			w.Header().Set("Content-Type", "text/javascript")
			w.Write([]byte(`throw new Error("boom")`))
			return
		}
		w.Write([]byte(`<!doctype html><title>x</title><script>window.__pwned = true</script><script src="/throw.js"></script><p>hi</p>`))
	}))
	defer ts.Close()
	b.open(ts.URL + "/")
	time.Sleep(300 * time.Millisecond)
	if eval[bool](b, `window.__pwned === true`) {
		t.Error("the inline script ran despite the CSP")
	}
	b.mu.Lock()
	msgs := strings.Join(b.msgs, "\n")
	b.msgs = nil
	b.mu.Unlock()
	if !strings.Contains(msgs, "Content Security Policy") {
		t.Errorf("no CSP violation seen; console: %s", msgs)
	}
	if !strings.Contains(msgs, "boom") {
		t.Errorf("no exception seen; console: %s", msgs)
	}
}

// TestBrowserNoOverflow opens every page kind at a desktop and a phone
// width, with a story whose names are long single words, and checks that
// no page is wider than the viewport: long names wrap.
func TestBrowserNoOverflow(t *testing.T) {
	b := newBrowser(t)
	st := exampleDB(t)
	long := "Internationalorganizationforthecoordinationofintergovernmentalcooperationinthe" +
		"Caspianandblackseaeconomicregions"
	raw := "# The " + long + " Agreement signed with the United Nations Alliance of Civilizations\n\n" +
		"The " + long + " Organization and the United Nations Alliance of Civilizations signed the " + long + " Memorandum on 3 March 2024 in Istanbul, " +
		"said Secretary-General Aleksandrovichkonstantinopolskiyvasilyevichgrigoryevich-Maximilianovich.\n"
	res, err := Ingest(context.Background(), st, extractor(), "long-names-2024.md", []byte(raw), "")
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(newTestServer(t, st, ""))
	defer ts.Close()
	evs, _ := st.StoryEvents(context.Background(), res.StoryID)
	pages := []string{"/", fmt.Sprintf("/stories/%d", res.StoryID), "/timeline", "/search?q=" + long, "/add"}
	for _, e := range evs {
		if e.ID != 0 {
			pages = append(pages, fmt.Sprintf("/events/%d", e.ID))
			for _, p := range e.Participants {
				pages = append(pages, fmt.Sprintf("/entities/%d", p.ID))
			}
			break
		}
	}
	for _, width := range []int64{1360, 390} {
		b.do(chromedp.EmulateViewport(width, 900))
		for _, p := range pages {
			b.open(ts.URL + p)
			b.noOverflow(fmt.Sprintf("%s at %dpx", p, width))
		}
		b.open(ts.URL + pages[1])
		b.shot(fmt.Sprintf("story-long-names-%d", width))
	}
}
