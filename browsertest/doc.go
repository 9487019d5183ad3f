// Package browsertest drives the page of actorgraph's Graph.WriteHTML in headless
// Chromium, through the DevTools protocol (chromedp): it searches, clicks, filters and
// reads the page as a person would, checks that the page logs no error and makes no
// request, and that a graph of hostile names runs no script of its own. It is a module of
// its own so that the root module keeps its three dependencies. Its tests skip when
// Chromium (/usr/bin/chromium, or chromium on PATH) or Graphviz's dot is not installed;
// go test -update also writes the README's screenshot, ../docs/explorer.png.
package browsertest
