module github.com/actorgraph/actorgraph/browsertest

go 1.26.0

replace github.com/actorgraph/actorgraph => ../

require (
	github.com/actorgraph/actorgraph v0.0.0-00010101000000-000000000000
	github.com/chromedp/cdproto v0.160.8
	github.com/chromedp/chromedp v0.23.1
)

require (
	github.com/dominikbraun/graph v0.23.0 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	golang.org/x/text v0.44.0 // indirect
)
