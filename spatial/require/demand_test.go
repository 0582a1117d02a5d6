package require_test

import (
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/spatial/require"
)

func TestDemandSpec(t *testing.T) {
	const src = `attrs.kind == "weather" && near(52.5, 13.4, 30)`
	r, err := require.Compile(src)
	if err != nil {
		t.Fatal(err)
	}
	spec := require.DemandSpec(r)
	if spec != "cel:"+src {
		t.Fatalf("DemandSpec = %q, want %q", spec, "cel:"+src)
	}
	back, err := require.FromDemandSpec(spec)
	if err != nil || back.String() != src {
		t.Fatalf("FromDemandSpec = %v, %v; want %q", back, err, src)
	}
	for _, bad := range []string{"bafybeigdyrzt", `attrs.kind == "weather"`, "cel:", "cel:1 +", "cel:attrs.kind"} {
		if _, err := require.FromDemandSpec(bad); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("FromDemandSpec(%q): got %v, want EINVALID", bad, err)
		}
	}
}
