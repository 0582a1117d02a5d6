package querytest_test

import (
	"strings"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/spatial/query/querytest"
)

func TestReadCities(t *testing.T) {
	const header = "id\tname\tlat\tlon\tcountry\tpopulation\tmodified\n"
	es, err := querytest.ReadCities(strings.NewReader(header + "3042030\tVaduz\t47.14151\t9.52154\tLI\t5197\t2013-04-02\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Item.ID != 3042030 || es[0].Text != "Vaduz LI" || es[0].Item.Attrs["size"] != "town" ||
		es[0].Price.String() != "5197000000000001" || es[0].Item.Footprint.MinLat != 47.14151 {
		t.Errorf("got %+v", es)
	}
	for _, bad := range []string{"1\tx\t1\t2\tLI\t5\n", "x\tx\t1\t2\tLI\t5\t2013-04-02\n", "1\tx\tnorth\t2\tLI\t5\t2013-04-02\n"} {
		if _, err := querytest.ReadCities(strings.NewReader(header + bad)); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("ReadCities(%q): got %v, want EINVALID", bad, err)
		}
	}
	if n := len(querytest.Cities(t)); n < 2000 {
		t.Errorf("the sample holds %d places", n)
	}
}
