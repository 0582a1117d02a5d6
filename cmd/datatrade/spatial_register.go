package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/spatial"
)

func (a *app) newSpatialCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "spatial",
		Short: "Record and check the hashid of a spatial listing (hash of time, footprint, attributes) on chain",
	}
	cmd.AddCommand(a.newSpatialRegisterCmd(), a.newSpatialShowCmd())
	return cmd
}

// spatialFlags describe a listing's spatial metadata.
type spatialFlags struct {
	when       string
	point, box string
	attrs      []string
}

func (f *spatialFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.when, "time", "", "when the data was produced: RFC 3339 (2026-05-01T12:00:00Z), a date (2026-05-01) or Unix seconds")
	fl.StringVar(&f.point, "point", "", "footprint as a point: LAT,LON in degrees (latitude first)")
	fl.StringVar(&f.box, "box", "", "footprint as a box: MINLAT,MINLON,MAXLAT,MAXLON in degrees (latitude first)")
	fl.StringSliceVar(&f.attrs, "attr", nil, "an attribute KEY=VALUE (repeatable)")
}

// item builds the spatial item of listing id from the flags.
func (f *spatialFlags) item(id uint64) (spatial.Item, error) {
	it := spatial.Item{ID: id}
	if f.when == "" {
		return it, usagef("--time is required")
	}
	t, err := parseWhen(f.when)
	if err != nil {
		return it, err
	}
	it.Time = t
	if it.Footprint, err = parseFootprint(f.point, f.box); err != nil {
		return it, err
	}
	if len(f.attrs) > 0 {
		it.Attrs = map[string]string{}
	}
	for _, kv := range f.attrs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return it, usagef("--attr takes KEY=VALUE, got %q", kv)
		}
		if _, dup := it.Attrs[k]; dup {
			return it, usagef("--attr %s given twice", k)
		}
		it.Attrs[k] = v
	}
	if err := it.Validate(); err != nil {
		return it, err
	}
	return it, nil
}

func parseWhen(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(n, 0).UTC(), nil
	}
	return time.Time{}, usagef("--time %q is not RFC 3339, a date (YYYY-MM-DD) or Unix seconds", s)
}

func parseFloats(flag, s string, n int) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, usagef("%s takes %d comma-separated numbers, got %q", flag, n, s)
	}
	out := make([]float64, n)
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, usagef("%s: %q is not a number", flag, p)
		}
		out[i] = v
	}
	return out, nil
}

// hashIDResult is what `spatial register` and `spatial show` print.
type hashIDResult struct {
	Listing uint64      `json:"listing"`
	HashID  common.Hash `json:"hashId"`
	GeoHash string      `json:"geohash,omitempty"`
	// Matches is set when metadata was given to check against the record.
	Matches *bool                `json:"matches,omitempty"`
	Record  *market.HashIDRecord `json:"record,omitempty"`
	Tx      *txResult            `json:"tx,omitempty"`
}

func (a *app) newSpatialRegisterCmd() *cobra.Command {
	var f spatialFlags
	cmd := &cobra.Command{
		Use:   "register LISTING --time T (--point LAT,LON | --box MINLAT,MINLON,MAXLAT,MAXLON) [--attr K=V...]",
		Short: "Record a listing's hashid on chain (its owner, once)",
		Long: `Compute hashid = hash(time, footprint, attributes) of a listing's spatial
metadata (see spatial.HashID for the exact encoding; the SpatialRegistry
contract recomputes it the same way) and record it on chain, once, as the
listing's owner. Buyers can then check the metadata they are shown against it.
Coordinates are degrees, latitude first, as in ` + "`datatrade search`" + `: --point 52.52,13.40;
--box MINLAT,MINLON,MAXLAT,MAXLON.`,
		Example: `  datatrade spatial register 1 --time 2026-05-01 --point 52.52,13.40 --attr kind=traffic --account dev:2
  datatrade spatial register 2 --time 2026-05-01T12:00:00Z --box 52.4,13.3,52.6,13.5 --attr kind=lidar --attr res=1m --account dev:11`,
		Args: cobra.ExactArgs(1),
	}
	f.add(cmd)
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		it, err := f.item(id)
		if err != nil {
			return err
		}
		h, err := it.HashID()
		if err != nil {
			return err
		}
		gh, _ := it.GeoHash()
		sp, err := s.m.Spatial()
		if err != nil {
			return err
		}
		tx, err := sp.RecordHashIDTx(id, h)
		if err != nil {
			return err
		}
		if s.f.dryRun {
			return a.dryRun(ctx, s, tx)
		}
		rcpt, err := sp.RecordHashID(ctx, s.from, id, h)
		if err != nil {
			return err
		}
		tr := newTxResult(tx.What, rcpt)
		res := hashIDResult{Listing: id, HashID: h, GeoHash: gh, Tx: &tr}
		return a.emit(res, func(w io.Writer) {
			fmt.Fprintf(w, "listing %d: hashid %s (geohash %s) recorded\n", id, h.Hex(), gh)
			fmt.Fprintf(w, "  tx %s in block %d, fee %s\n", tr.TxHash, tr.Block, datatrade.FormatAmount(tr.Fee))
		})
	})
}

func (a *app) newSpatialShowCmd() *cobra.Command {
	var f spatialFlags
	cmd := &cobra.Command{
		Use:   "show LISTING [--time T (--point ... | --box ...) --attr K=V...]",
		Short: "Show a listing's recorded hashid; with metadata flags, check them against it",
		Example: `  datatrade spatial show 1
  datatrade spatial show 1 --time 2026-05-01 --point 52.52,13.40 --attr kind=traffic`,
		Args: cobra.ExactArgs(1),
	}
	f.add(cmd)
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		sp, err := s.m.Spatial()
		if err != nil {
			return err
		}
		rec, err := sp.HashID(ctx, id)
		if err != nil {
			return err
		}
		res := hashIDResult{Listing: id, HashID: rec.HashID, Record: rec}
		if f.when != "" || f.point != "" || f.box != "" || len(f.attrs) > 0 {
			it, err := f.item(id)
			if err != nil {
				return err
			}
			h, err := it.HashID()
			if err != nil {
				return err
			}
			ok := h == rec.HashID
			res.Matches = &ok
			res.GeoHash, _ = it.GeoHash()
		}
		if err := a.emit(res, func(w io.Writer) {
			fmt.Fprintf(w, "listing %d: hashid %s, recorded by %s at %s\n", id, rec.HashID.Hex(), rec.Owner, rec.At.Format(time.RFC3339))
			if res.Matches != nil {
				verdict := "match"
				if !*res.Matches {
					verdict = "DO NOT match"
				}
				fmt.Fprintf(w, "  the metadata given %s it\n", verdict)
			}
		}); err != nil {
			return err
		}
		if res.Matches != nil && !*res.Matches {
			return datatrade.Errorf(datatrade.EINTEGRITY, "listing %d: the metadata given does not hash to the recorded hashid", id)
		}
		return nil
	})
}
