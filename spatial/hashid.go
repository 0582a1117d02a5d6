package spatial

import (
	"math"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

// HashIDType is the type string whose keccak256 is the first word of every
// hashid encoding, so that a later change of encoding changes every hashid.
const HashIDType = "SpatialListing(int64 time,string geohash,int32 minLon,int32 minLat,int32 maxLon,int32 maxLat,bytes32 attributes)"

// CoordScale is the fixed-point scale of coordinates in a hashid: degrees
// times 10^7 (about a centimetre), rounded half away from zero, as int32.
const CoordScale = 1e7

// HashID returns hashid = hash(time, space, attributes) of a listing, the
// digest recorded on chain with it. It is
//
//	keccak256(abi.encode(
//	    bytes32 keccak256(HashIDType),
//	    int64   time,            // Unix seconds (UTC); sub-second parts dropped
//	    bytes32 keccak256(bytes(geohash)),  // FootprintGeoHash(footprint)
//	    int32   minLon, int32 minLat, int32 maxLon, int32 maxLat, // degrees × 10^7
//	    bytes32 attributes))
//
// where attributes = keccak256(abi.encodePacked(keccak256(bytes(k1)),
// keccak256(bytes(v1)), keccak256(bytes(k2)), …)) over the attributes sorted
// by key as bytes (keccak256 of no bytes when there are none). Every field is
// a static ABI type, so the encoding is eight 32-byte words (256 bytes): integers are
// big-endian two's complement sign-extended to 32 bytes. In Solidity the
// same expression with abi.encode gives the same hash.
//
// It returns an EINVALID error for an invalid footprint or an empty
// attribute key.
func HashID(t time.Time, footprint Box, attrs map[string]string) (common.Hash, error) {
	gh, err := FootprintGeoHash(footprint)
	if err != nil {
		return common.Hash{}, err
	}
	ah, err := AttributesHash(attrs)
	if err != nil {
		return common.Hash{}, err
	}
	var buf [8 * 32]byte
	copy(buf[0:32], crypto.Keccak256([]byte(HashIDType)))
	putInt(buf[32:64], t.Unix())
	copy(buf[64:96], crypto.Keccak256([]byte(gh)))
	for i, deg := range []float64{footprint.MinLon, footprint.MinLat, footprint.MaxLon, footprint.MaxLat} {
		putInt(buf[96+32*i:128+32*i], int64(math.Round(deg*CoordScale)))
	}
	copy(buf[224:256], ah[:])
	return crypto.Keccak256Hash(buf[:]), nil
}

// AttributesHash returns the attributes word of HashID. It returns an
// EINVALID error for an empty key.
func AttributesHash(attrs map[string]string) (common.Hash, error) {
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		if k == "" {
			return common.Hash{}, datatrade.Errorf(datatrade.EINVALID, "attribute names must not be empty")
		}
		keys = append(keys, k)
	}
	slices.Sort(keys) // Go compares strings bytewise
	packed := make([]byte, 0, 64*len(keys))
	for _, k := range keys {
		packed = append(packed, crypto.Keccak256([]byte(k))...)
		packed = append(packed, crypto.Keccak256([]byte(attrs[k]))...)
	}
	return crypto.Keccak256Hash(packed), nil
}

// putInt writes v as a 32-byte big-endian two's complement integer.
func putInt(dst []byte, v int64) {
	x := big.NewInt(v)
	if v < 0 {
		x.Add(x, new(big.Int).Lsh(big.NewInt(1), 256))
	}
	x.FillBytes(dst)
}
