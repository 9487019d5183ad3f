module github.com/actorgraph/actorgraph

go 1.26.0

require (
	github.com/dominikbraun/graph v0.23.0
	github.com/google/go-cmp v0.7.0
	golang.org/x/text v0.44.0
)
