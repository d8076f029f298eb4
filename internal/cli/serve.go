package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"annals/internal/server"
	"annals/internal/store"
)

func init() {
	register(&command{
		name:    "serve",
		usage:   "serve [--db PATH [--create]] [--addr 127.0.0.1:8080] [--token T]",
		summary: "serve the chronicle as a web application and a JSON API",
		help: `Serves the database as web pages (home, stories with their facts highlighted,
entities, relations, timeline, search, add stories) and as a JSON API
described at /api/openapi.json, with CSV and iCalendar exports of events.

Writing (adding or deleting stories) needs the token given by --token or
$ANNALS_TOKEN whenever one is set; to listen beyond the loopback interface
(--addr 0.0.0.0:8080) a token is required. Clients send it as
"Authorization: Bearer TOKEN"; the upload page has a field for it.

SIGINT or SIGTERM stops the server gracefully: requests in flight, such as
an upload being stored, are given 30 seconds to finish.`,
		setup: setupServe,
	})
}

func setupServe(fs *flag.FlagSet, env *Env) func([]string) error {
	db := dbFlag(fs, env)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`; beyond loopback a token is required")
	token := fs.String("token", "", "require `TOKEN` to write (default: $ANNALS_TOKEN)")
	create := fs.Bool("create", false, "create the database when it does not exist (otherwise a missing --db is an error)")
	return func(args []string) error {
		if len(args) > 0 {
			return usageError("serve takes no arguments (got %q)", args[0])
		}
		tok := *token
		if tok == "" && env.Getenv != nil {
			tok = env.Getenv("ANNALS_TOKEN")
		}
		if err := server.CheckListen(*addr, tok); err != nil {
			return usageError("%v", err)
		}
		if !*create && !store.IsPostgres(*db) {
			if _, err := os.Stat(*db); errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("%s: no database here (give the --db of an existing database, run 'annals ingest' first, or add --create to start an empty one)", *db)
			}
		}
		st, err := openStore(*db, true)
		if err != nil {
			return err
		}
		defer st.Close()
		logger := slog.New(slog.NewTextHandler(env.Stderr, nil))
		srv, err := server.New(server.Options{Store: st, Token: tok, Logger: logger})
		if err != nil {
			return err
		}
		ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
		defer stop()
		err = srv.Listen(ctx, *addr, 30*time.Second, func(a net.Addr) {
			mode := "writing open to local users"
			if tok != "" {
				mode = "writing needs the token"
			}
			fmt.Fprintf(env.Stderr, "annals: serving %s on http://%s (%s; Ctrl-C to stop)\n", store.Redact(*db), a, mode)
		})
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stderr, "annals: stopped")
		return nil
	}
}
