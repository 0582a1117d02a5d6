package query_test

import (
	"fmt"
	"math/big"
	"time"

	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/query"
)

// The two nearest weather listings to Basel, the listings inside a box,
// and a requirement on price: every filter applies inside the search.
func Example() {
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	listing := func(id uint64, lat, lon float64, kind, text string, milliEther int64) query.Entry {
		return query.Entry{
			Item:  spatial.Item{ID: id, Time: at, Footprint: spatial.PointBox(spatial.Point{Lon: lon, Lat: lat}), Attrs: map[string]string{"kind": kind}},
			Text:  text,
			Price: new(big.Int).Mul(big.NewInt(milliEther), big.NewInt(1e15)), Active: true,
		}
	}
	e, err := query.NewEngine([]query.Entry{
		listing(1, 52.52, 13.40, "weather", "Berlin hourly weather", 900),
		listing(2, 48.86, 2.35, "traffic", "Paris traffic counts", 500),
		listing(3, 47.37, 8.54, "weather", "Zürich weather stations", 1200),
		listing(4, 51.51, -0.13, "weather", "London rain gauges", 300),
	})
	if err != nil {
		panic(err)
	}
	basel := spatial.Point{Lon: 7.59, Lat: 47.56}
	for _, q := range []query.Query{
		{Near: &basel, K: 2, Attrs: map[string]string{"kind": "weather"}},
		{Box: &spatial.Box{MinLon: 0, MinLat: 45, MaxLon: 15, MaxLat: 55}, Text: "weather"},
		{Where: `price < 1000000000000000000 && attrs.kind == "weather"`},
	} {
		ans, err := e.Run(&q)
		if err != nil {
			panic(err)
		}
		fmt.Print(ans.Kind, ":")
		for _, h := range ans.Hits {
			fmt.Print(" ", h.ID)
			if h.Meters > 0 {
				fmt.Printf(" (%.0f km)", h.Meters/1000)
			}
		}
		fmt.Println()
	}
	// Output:
	// nearest: 3 (74 km) 1 (690 km)
	// box: 1 3
	// keyword: 1 4
}
