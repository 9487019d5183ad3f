package browsertest

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath returns Debian's Chromium, or chromium on PATH, or skips the test.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	t.Skip("Chromium is not installed (/usr/bin/chromium, or chromium on PATH): apt-get install chromium")
	return ""
}

// browser is one headless Chromium and the tab the tests drive, with what the tab has
// logged and requested.
type browser struct {
	ctx context.Context

	mu       sync.Mutex
	problems []string // console errors and warnings, exceptions, log entries
	requests []string // the URLs the tab asked for
}

// startBrowser starts Chromium with the flags a machine without a network needs, in a
// new profile, with a tab of 1200 × 800 pixels, and stops it when the test ends. It skips
// the test when Chromium or Graphviz's dot is not installed.
func startBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromiumPath(t)
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz's dot is not on PATH: apt-get install graphviz")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 800),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
	})
	b := &browser{ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		b.mu.Lock()
		defer b.mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				b.problems = append(b.problems, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			b.problems = append(b.problems, fmt.Sprintf("exception at %d:%d: %s", d.LineNumber, d.ColumnNumber, msg))
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning {
				b.problems = append(b.problems, fmt.Sprintf("log %s: %s %s", ev.Entry.Level, ev.Entry.Text, ev.Entry.URL))
			}
		case *network.EventRequestWillBeSent:
			b.requests = append(b.requests, ev.Request.URL)
		}
	})
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	b.run(t, chromedp.EmulateViewport(1200, 800))
	return b
}

// actionTimeout bounds each step of a test, so that a page that never gets ready fails
// the test rather than hangs it. The browser itself lives as long as the test.
const actionTimeout = 30 * time.Second

// run runs actions in the tab, failing the test on an error.
func (b *browser) run(t *testing.T, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, actionTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// get runs an action in the tab that returns a value, failing the test on an error.
func get[T any](t *testing.T, b *browser, action chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, actionTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, action)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, b *browser, js string) T {
	t.Helper()
	return get(t, b, chromedp.Evaluate[T](js))
}

// open loads the page at path and waits until its script has run. It returns how long
// that took.
func (b *browser) open(t *testing.T, path string) time.Duration {
	t.Helper()
	start := time.Now()
	b.run(t, chromedp.Navigate(fileURL(path)), chromedp.WaitReady(chromedp.CSS(`body[data-ready="true"]`)))
	return time.Since(start)
}

// checkQuiet fails the test for every error or warning the page logged and every request
// it made but for the page itself, and forgets them.
func (b *browser) checkQuiet(t *testing.T, pages ...string) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		t.Errorf("the page logged %s", p)
	}
	allowed := map[string]bool{}
	for _, p := range pages {
		allowed[fileURL(p)] = true
	}
	for _, u := range b.requests {
		if !allowed[u] {
			t.Errorf("the page requested %.200s", u)
		}
	}
	b.problems, b.requests = nil, nil
}

func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: path}).String()
}

// writePage writes the page of g, laid out by dot, to a file in dir and returns its path.
func writePage(t *testing.T, dir, name string, g *actorgraph.Graph, opts actorgraph.HTMLOptions) string {
	t.Helper()
	var page bytes.Buffer
	if err := g.WriteHTML(&page, opts); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// node returns the number of the node the page draws for the actor that goes by name:
// its place among the drawn actors.
func node(t *testing.T, g *actorgraph.Graph, name string) int {
	t.Helper()
	a := g.Actor(name)
	v, err := g.Drawn(actorgraph.DOTOptions{})
	if a == nil || err != nil {
		t.Fatalf("no actor %q: %v", name, err)
	}
	i := 0
	for d := range v.Actors() {
		if d.ID == a.ID {
			return i
		}
		i++
	}
	t.Fatalf("%q is not drawn", name)
	return -1
}
