// Package ingest is the one pipeline that turns story files into stored
// stories, for the command line (annals ingest) and the web application
// (uploads): read and extract on all cores, then store in one writer that
// commits many stories per transaction.
//
// Extraction runs on a worker per core; results come back in input
// order, a few per core ahead at most, so memory stays flat however many
// files there are. The writer gathers them into batches of up to
// BatchSize stories, or what came within BatchDelay, and stores each batch
// with store.PutStories in one transaction: a story that fails is rolled
// back alone, and a process killed mid-batch loses only the open batch,
// which the next run stores again (stories already stored are skipped by
// their content hash).
package ingest

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"annals"
	"annals/internal/extract"
	"annals/internal/read"
	"annals/internal/store"
)

// Batch sizes of the writer.
const (
	BatchSize  = 100
	BatchDelay = 200 * time.Millisecond
)

// Extracted is one file read and extracted.
type Extracted struct {
	Path  string
	Name  string // the path the story is stored under (see FilesNamed)
	Doc   *read.Doc
	Facts *annals.Document
	Err   error // the file could not be read: no facts
	// Pre is what storing the story computes from its bytes alone
	// (store.Prepare), set by FilesNamed before the writer takes it.
	Pre *store.Prepared
	// Incomplete says which extraction stages failed: Facts holds what
	// the others found, and the story is still printed or stored.
	Incomplete error
}

// Story is the story to store for a read document and its facts: the
// one rule for its title, date and format wherever it came from.
func Story(path string, d *read.Doc, facts *annals.Document) *annals.Story {
	return &annals.Story{
		Path:      path,
		Format:    string(d.Format),
		Title:     cmp.Or(d.Title, string(facts.Title), d.DisplayTitle()), // never the path
		URL:       d.URL,
		Published: facts.Published,
		Raw:       d.Raw,
		Text:      d.Text,
	}
}

// ExtractAll reads and extracts paths on all cores and calls emit with
// each result in input order.
func ExtractAll(paths []string, x *extract.Extractor, opt extract.Options, maxSize int64, emit func(Extracted)) {
	workers := min(runtime.GOMAXPROCS(0), max(len(paths), 1))
	type job struct {
		path string
		out  chan Extracted
	}
	jobs := make(chan job)
	queue := make(chan chan Extracted, 2*workers) // results in input order
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- ExtractFile(j.path, x, opt, maxSize)
			}
		}()
	}
	go func() {
		for _, p := range paths {
			out := make(chan Extracted, 1)
			queue <- out
			jobs <- job{p, out}
		}
		close(jobs)
		close(queue)
		wg.Wait()
	}()
	for out := range queue {
		emit(<-out)
	}
}

// ExtractFile reads and extracts one file. A bug in a rule costs the file,
// not the batch.
func ExtractFile(path string, x *extract.Extractor, opt extract.Options, maxSize int64) (r Extracted) {
	r.Path = path
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("internal error while reading: %v", p)
		}
	}()
	d, err := read.File(path, read.Options{MaxSize: maxSize})
	if err != nil {
		r.Err = err
		return r
	}
	r.Doc = d
	r.Facts, r.Incomplete = x.Extract(d, opt)
	return r
}

// ExtractBytes reads and extracts the story raw, stored under name (whose
// extension gives its format), as ExtractFile does a file: for a story
// that came without its file (a queued job, an upload).
func ExtractBytes(name string, raw []byte, x *extract.Extractor, opt extract.Options, maxSize int64) (r Extracted) {
	r.Path, r.Name = name, name
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("internal error while reading: %v", p)
		}
	}()
	d, err := read.Bytes(name, raw, read.Options{MaxSize: maxSize})
	if err != nil {
		r.Err = err
		return r
	}
	r.Doc = d
	r.Facts, r.Incomplete = x.Extract(d, opt)
	return r
}

// Stored is what became of one file.
type Stored struct {
	Extracted
	Result store.PutResult
	// PutErr: the story was read but not stored (invalid, or the store
	// failed for it alone).
	PutErr error
}

// Batcher stores many stories in one transaction (store.PutStories).
type Batcher interface {
	PutStories(ctx context.Context, batch []store.Put) ([]store.PutResult, []error, error)
}

// Files reads, extracts and stores paths, calling done with each file's
// outcome in input order (after its batch is committed). An error of a
// whole batch stops the pipeline and is returned.
func Files(ctx context.Context, st Batcher, paths []string, x *extract.Extractor, opt extract.Options, maxSize int64, done func(Stored)) error {
	return FilesNamed(ctx, st, paths, nil, x, opt, maxSize, done)
}

// FilesNamed is Files storing each story under names[i] instead of
// paths[i] (the path relative to the folder it was found in, never a path
// of the machine that ingested it); nil names keeps the paths.
func FilesNamed(ctx context.Context, st Batcher, paths, names []string, x *extract.Extractor, opt extract.Options, maxSize int64, done func(Stored)) error {
	name := func(i int, path string) string {
		if i < len(names) && names[i] != "" {
			return names[i]
		}
		return path
	}
	seen := 0 // files extracted so far: results come in input order
	// A batch's worth of extracted stories waits while the writer commits
	// the one before: extraction goes on during the write instead of
	// starting again after it (the writer waited for the next batch to be
	// extracted, a tenth of the wall time; about 20 MB more at most).
	ch := make(chan Extracted, BatchSize)
	stop := make(chan struct{})
	go func() {
		defer close(ch)
		ExtractAll(paths, x, opt, maxSize, func(e Extracted) {
			e.Name = name(seen, e.Path)
			seen++
			if e.Err == nil {
				// here, beside the writer, which stores the batch before
				e.Pre = store.Prepare(e.Doc.Raw, e.Doc.Text, e.Facts)
			}
			select {
			case ch <- e:
			case <-stop:
			}
		})
	}()
	defer close(stop)
	var pending []Extracted
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		var batch []store.Put
		var at []int
		for i, e := range pending {
			if e.Err == nil {
				batch = append(batch, store.Put{Story: Story(e.Name, e.Doc, e.Facts), Doc: e.Facts, Pre: e.Pre})
				at = append(at, i)
			}
		}
		out := make([]Stored, len(pending))
		for i, e := range pending {
			out[i].Extracted = e
		}
		if len(batch) > 0 {
			res, errs, err := st.PutStories(ctx, batch)
			if err != nil {
				return err
			}
			for k, i := range at {
				out[i].Result, out[i].PutErr = res[k], errs[k]
			}
		}
		for _, s := range out {
			done(s)
		}
		pending = pending[:0]
		return nil
	}
	timer := time.NewTimer(BatchDelay)
	defer timer.Stop()
	for {
		select {
		case e, ok := <-ch:
			if !ok {
				return flush()
			}
			if len(pending) == 0 {
				timer.Reset(BatchDelay)
			}
			pending = append(pending, e)
			if len(pending) >= BatchSize {
				if err := flush(); err != nil {
					return err
				}
			}
		case <-timer.C:
			if err := flush(); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
