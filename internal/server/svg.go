package server

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"annals"
	"annals/internal/prose"
	"annals/internal/store"
)

// The entity and relations pages draw events as an SVG timeline, computed
// here and written by the template (so every label is escaped): one lane
// per event type, time running left to right. An event dated to the day is
// a dot; one dated to a month or a year is a bar over that interval, so
// the drawing never claims more precision than the sources give. With a
// year chosen, the axis shows that year's months: "zoomable by year".

const (
	svgWidth  = 880
	svgLeft   = 96 // room for the lane labels
	svgRight  = 16
	svgTop    = 8
	laneH     = 24
	axisSpace = 26
)

type svgTimeline struct {
	Width, Height int
	AxisY         int
	Ticks         []svgTick
	Lanes         []svgLane
	Marks         []svgMark
	Undated       int    // events left out for want of a date
	Zoom          string // the year shown, "" for all
	Base          string // URL of the page, for the year links
}

type svgTick struct {
	X     int
	Label string
}

type svgLane struct {
	Y     int // middle of the lane
	Label string
	Class string
}

type svgMark struct {
	X, Y, W int
	Dot     bool
	Class   string
	Title   string
	Href    string
}

// buildTimeline lays out rows; year ("2019") zooms to one year. It also
// returns the years that have events, for the zoom links.
func buildTimeline(rows []store.EventRow, year, base string) (*svgTimeline, []string) {
	t := &svgTimeline{Width: svgWidth, Zoom: year, Base: base}
	yearSet := map[string]bool{}
	var dated []store.EventRow
	for _, e := range rows {
		if _, _, ok := e.Date.Bounds(); !ok {
			t.Undated++
			continue
		}
		yearSet[string(e.Date[:4])] = true
		if year == "" || string(e.Date[:4]) == year {
			dated = append(dated, e)
		}
	}
	var years []string
	for y := range yearSet {
		years = append(years, y)
	}
	slices.Sort(years)
	if len(dated) == 0 {
		t.Height = 0
		return t, years
	}

	// The domain: whole years, or one year.
	var lo, hi time.Time
	if year != "" {
		y, _ := strconv.Atoi(year)
		lo = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		hi = lo.AddDate(1, 0, 0)
	} else {
		y0, _ := strconv.Atoi(years[0])
		y1, _ := strconv.Atoi(years[len(years)-1])
		lo = time.Date(y0, 1, 1, 0, 0, 0, 0, time.UTC)
		hi = time.Date(y1+1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	span := hi.Sub(lo).Hours()
	inner := svgWidth - svgLeft - svgRight
	xOf := func(d time.Time) int {
		f := d.Sub(lo).Hours() / span
		return svgLeft + int(f*float64(inner)+0.5)
	}

	// Lanes: the types present, in the standard order.
	present := map[annals.EventType]bool{}
	for _, e := range dated {
		present[e.Type] = true
	}
	laneOf := map[annals.EventType]int{}
	for _, et := range annals.EventTypes {
		if present[et] {
			laneOf[et] = len(t.Lanes)
			t.Lanes = append(t.Lanes, svgLane{Y: svgTop + len(t.Lanes)*laneH + laneH/2, Label: string(et), Class: "ev-" + string(et)})
		}
	}
	for et := range present { // types outside the contract, if any
		if _, ok := laneOf[et]; !ok {
			laneOf[et] = len(t.Lanes)
			t.Lanes = append(t.Lanes, svgLane{Y: svgTop + len(t.Lanes)*laneH + laneH/2, Label: string(et), Class: "ev-other"})
		}
	}
	t.AxisY = svgTop + len(t.Lanes)*laneH + 4
	t.Height = t.AxisY + axisSpace

	// Ticks: months of the zoomed year, or years (thinned to about 12).
	if year != "" {
		for m := 0; m < 12; m++ {
			d := lo.AddDate(0, m, 0)
			t.Ticks = append(t.Ticks, svgTick{X: xOf(d), Label: d.Format("Jan")})
		}
	} else {
		n := hi.Year() - lo.Year()
		step := 1
		for _, s := range []int{1, 2, 5, 10, 20, 50} {
			step = s
			if n/s <= 12 {
				break
			}
		}
		for y := lo.Year(); y < hi.Year(); y++ {
			if (y-lo.Year())%step == 0 {
				t.Ticks = append(t.Ticks, svgTick{X: xOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)), Label: strconv.Itoa(y)})
			}
		}
	}

	for _, e := range dated {
		first, last, _ := e.Date.Bounds()
		if _, l, ok := e.DateEnd.Bounds(); ok && l.After(last) {
			last = l
		}
		lane := t.Lanes[laneOf[e.Type]]
		m := svgMark{Y: lane.Y, Class: lane.Class, Title: fmt.Sprintf("%s · %s", prose.HumanDate(e.Date, e.DateEnd), eventSummary(e))}
		if e.Place != "" {
			m.Title += " · " + e.Place
		}
		if e.Citation.StoryID != 0 {
			m.Href = "/stories/" + strconv.FormatInt(e.Citation.StoryID, 10)
		}
		x0, x1 := xOf(first), xOf(last.AddDate(0, 0, 1))
		if e.Date.Precision() == annals.Day && (e.DateEnd == "" || e.DateEnd == e.Date) {
			m.Dot, m.X = true, x0
		} else {
			m.X, m.W = x0, max(x1-x0, 4)
		}
		t.Marks = append(t.Marks, m)
	}
	return t, years
}
