package broker

import (
	"context"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/market"
)

// AddDataset makes the CSV file at path answer the use-right queries of a
// listing (the platform holds it: the seller handed it over for serving,
// or the platform owns it as a reseller).
func (s *Service) AddDataset(listingID uint64, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return datatrade.Errorf(datatrade.ENOTFOUND, "cannot open the dataset %s: %v", path, err)
	}
	f.Close()
	s.dsMu.Lock()
	defer s.dsMu.Unlock()
	s.dataset[listingID] = path
	return nil
}

// QueryCall is a buyer's paid query: the query, its number in the package
// and the buyer's EIP-712 signature of the Query request.
type QueryCall struct {
	PackageID uint64        `json:"packageId"`
	Seq       uint32        `json:"seq"`
	Query     Query         `json:"query"`
	Signature hexutil.Bytes `json:"signature"`
}

// Request returns the EIP-712 request the buyer signs for the call.
func (c QueryCall) Request() market.QueryRequest {
	return market.QueryRequest{PackageID: c.PackageID, Seq: c.Seq, QueryHash: c.Query.Hash()}
}

// Answered is a paid query's answer and the transaction that charged it.
type Answered struct {
	Answer
	PackageID uint64      `json:"packageId"`
	Seq       uint32      `json:"seq"`
	Tx        common.Hash `json:"tx"`
}

// Query answers a paid query: it checks the package (open, this is the next
// query, the buyer's signature), evaluates the query, charges it on chain
// and only then returns the answer. A query that fails to evaluate is not
// charged. Errors: ENOTFOUND (package or dataset), ECONFLICT (closed,
// exhausted, expired, wrong sequence number), EUNAUTHORIZED (not the
// buyer's signature), EINVALID (a bad query).
func (s *Service) Query(ctx context.Context, c QueryCall) (Answered, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, err := s.b.Package(ctx, c.PackageID)
	if err != nil {
		return Answered{}, err
	}
	switch {
	case p.Closed:
		return Answered{}, datatrade.Errorf(datatrade.ECONFLICT, "query package %d is closed", p.ID)
	case p.Used >= p.Count:
		return Answered{}, datatrade.Errorf(datatrade.ECONFLICT, "query package %d has no queries left (%d used)", p.ID, p.Used)
	case c.Seq != p.Used:
		return Answered{}, datatrade.Errorf(datatrade.ECONFLICT, "query package %d expects query number %d, not %d", p.ID, p.Used, c.Seq)
	case !s.cfg.Now().Before(p.Expiry):
		return Answered{}, datatrade.Errorf(datatrade.EEXPIRED, "query package %d expired at %s", p.ID, p.Expiry.Format("2006-01-02 15:04:05Z07:00"))
	}
	req := c.Request()
	if err := checkSigner(s.d.QueryDigest(req), c.Signature, p.Buyer, "query request"); err != nil {
		return Answered{}, err
	}
	s.dsMu.RLock()
	path, ok := s.dataset[p.ListingID]
	s.dsMu.RUnlock()
	if !ok {
		return Answered{}, datatrade.Errorf(datatrade.ENOTFOUND, "the platform serves no dataset for listing %d", p.ListingID)
	}
	f, err := os.Open(path)
	if err != nil {
		return Answered{}, datatrade.Errorf(datatrade.EUNAVAILABLE, "the dataset of listing %d cannot be read", p.ListingID)
	}
	defer f.Close()
	a, err := c.Query.Run(ctx, f)
	if err != nil {
		return Answered{}, err
	}
	rcpt, err := s.b.Send(ctx, s.cfg.Platform, s.b.ChargeQueryTx(req, c.Signature))
	if err != nil {
		return Answered{}, err
	}
	s.log.Info("query answered", "package", p.ID, "seq", c.Seq, "op", c.Query.Op, "rows", a.Rows)
	return Answered{Answer: a, PackageID: p.ID, Seq: c.Seq, Tx: rcpt.TxHash}, nil
}
