package store

import (
	"fmt"
	"time"

	"annals"
)

// Key is where a page of a list ends, for the next page to start after
// it (keyset paging): the sort key of the page's last row. A page read
// after a key costs the same at any depth, where a page from an offset
// reads and skips every row before it.
//
// Of an event (Timeline: EventFilter.After), Lo and Hi are the first and
// last day the event covers, ID the event's id. Of a story
// (EntityStoriesPage, StoriesPage), Lo is the first day its publication
// covers and ID the story's id; Hi is "". Days are YYYY-MM-DD, "" when
// unknown (the rows sorted last); Lo "" has Hi "".
type Key struct {
	Lo, Hi string
	ID     int64
}

// Check says whether k is a key a list may have given: ErrInvalid if not.
func (k Key) Check() error {
	for _, d := range []string{k.Lo, k.Hi} {
		if d == "" {
			continue
		}
		if t, err := time.Parse(time.DateOnly, d); err != nil || t.Format(time.DateOnly) != d {
			return fmt.Errorf("%w: key: %q is not a day", ErrInvalid, d)
		}
	}
	switch {
	case k.Lo == "" && k.Hi != "":
		return fmt.Errorf("%w: key: a last day with no first day", ErrInvalid)
	case k.Hi != "" && k.Hi < k.Lo:
		return fmt.Errorf("%w: key: last day %s before first day %s", ErrInvalid, k.Hi, k.Lo)
	case k.ID <= 0:
		return fmt.Errorf("%w: key: id %d", ErrInvalid, k.ID)
	}
	return nil
}

// Page is a page of a list: Limit rows (0: the list's default) after the
// row of key After when it is not nil, else from Offset.
type Page struct {
	Limit, Offset int
	After         *Key
}

// StoryKey is the key of a story listed (Stories, EntityStories,
// EntityPage's stories) of id and publication published: its first day.
func StoryKey(id int64, published annals.Date) Key {
	k := Key{ID: id}
	if first, _, ok := published.Bounds(); ok {
		k.Lo = first.Format(time.DateOnly)
	}
	return k
}

// dayNumber is the day number (from 1970-01-01) of day d, YYYY-MM-DD, as
// story_entities.pub_day counts them (pubDay).
func dayNumber(d string) int64 {
	t, _ := time.Parse(time.DateOnly, d)
	return t.Unix() / 86400
}

// dayOf is the day of day number n, YYYY-MM-DD.
func dayOf(n int64) string { return time.Unix(n*86400, 0).UTC().Format(time.DateOnly) }

// keyset reads a page of n rows of a list sorted by a key whose dated
// rows come first and undated rows last, after key after:
// read(cond, args, n) reads up to n rows in the list's order that meet
// the condition cond (with args), keeps them, and says how many it read.
// After a dated key: the dated rows after it (dated(key)), then, when the
// page is not full, the undated from the first (undated(nil)); after an
// undated key, the undated after it (undated(key)).
func keyset(after Key, n int, dated func(Key) (string, []any), undated func(*Key) (string, []any),
	read func(cond string, args []any, n int) (int, error)) error {
	if after.Lo == "" {
		cond, args := undated(&after)
		_, err := read(cond, args, n)
		return err
	}
	cond, args := dated(after)
	got, err := read(cond, args, n)
	if err != nil || got >= n {
		return err
	}
	cond, args = undated(nil)
	_, err = read(cond, args, n-got)
	return err
}

// keysetBack reads the page of n rows just before key before, the mirror
// of keyset: read(cond, args, n) reads up to n rows in the list's
// reverse order that meet cond, keeps them, and says how many it read.
// Before a dated key: the dated rows before it (dated(&key)); before an
// undated key, the undated before it (undated(key)), then, when the page
// is not full, the dated from the last (dated(nil)). The rows come in
// reverse order: the caller puts them back.
func keysetBack(before Key, n int, dated func(*Key) (string, []any), undated func(Key) (string, []any),
	read func(cond string, args []any, n int) (int, error)) error {
	if before.Lo != "" {
		cond, args := dated(&before)
		_, err := read(cond, args, n)
		return err
	}
	cond, args := undated(before)
	got, err := read(cond, args, n)
	if err != nil || got >= n {
		return err
	}
	cond, args = dated(nil)
	_, err = read(cond, args, n-got)
	return err
}

// EntityKey is where a page of the list of entities (Entities, by
// prominence) ends, for the next page to start after it or the page
// before to end before it: the sort key of its last (or first) row, the
// entity's numbers of stories and mentions (both descending) and its id.
type EntityKey struct {
	Stories, Mentions int
	ID                int64
}

// Check says whether k is a key the list of entities may have given:
// ErrInvalid if not.
func (k EntityKey) Check() error {
	if k.Stories < 0 || k.Mentions < 0 || k.ID <= 0 {
		return fmt.Errorf("%w: entity key %+v", ErrInvalid, k)
	}
	return nil
}

// checkPageKeys checks the keys a page is read after or before (nil when
// not given): each well formed, and not both.
func checkPageKeys[P interface {
	comparable
	Check() error
}](after, before P) error {
	var none P
	for _, k := range []P{after, before} {
		if k == none {
			continue
		}
		if err := k.Check(); err != nil {
			return err
		}
	}
	if after != none && before != none {
		return fmt.Errorf("%w: a page after a key and before another", ErrInvalid)
	}
	return nil
}
