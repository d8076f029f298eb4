package server

import (
	"net/http"
	"strconv"

	"annals/internal/prose"
	"annals/internal/store"
)

// ---- Event

type eventData struct {
	Event    store.EventRow
	Sentence string // the event told as one sentence
	Reports  []store.ReportRow
}

// eventPage shows one event: what all its reports say together, each
// report with its quote, the link to its story and original, why it was
// joined, and where the reports disagree.
func (s *Server) eventPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	d, err := s.st.Event(r.Context(), id)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	title := d.Title
	if title == "" {
		title = string(d.Type)
	}
	s.render(w, r, http.StatusOK, "event", view{Title: prose.TrimDangling(title) + " · event " + strconv.FormatInt(id, 10),
		Data: eventData{Event: d.EventRow, Sentence: prose.EventSentence(d.EventRow), Reports: d.AllReports}})
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	d, err := s.st.Event(r.Context(), id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// eventURL is the address of an event's page.
func eventURL(id int64) string { return "/events/" + strconv.FormatInt(id, 10) }
