// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// SpatialRegistryRecord is an auto generated low-level Go binding around an user-defined struct.
type SpatialRegistryRecord struct {
	HashId [32]byte
	Owner  common.Address
	At     uint64
}

// SpatialRegistryMetaData contains all meta data concerning the SpatialRegistry contract.
var SpatialRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMarket\",\"name\":\"market_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hashId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRecorded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotListingOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"NotRecorded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownListing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHashId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"hashId\",\"type\":\"bytes32\"}],\"name\":\"HashIdRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"HASHID_TYPE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int64\",\"name\":\"time\",\"type\":\"int64\"},{\"internalType\":\"string\",\"name\":\"geohash\",\"type\":\"string\"},{\"internalType\":\"int32\",\"name\":\"minLon\",\"type\":\"int32\"},{\"internalType\":\"int32\",\"name\":\"minLat\",\"type\":\"int32\"},{\"internalType\":\"int32\",\"name\":\"maxLon\",\"type\":\"int32\"},{\"internalType\":\"int32\",\"name\":\"maxLat\",\"type\":\"int32\"},{\"internalType\":\"bytes32\",\"name\":\"attributes\",\"type\":\"bytes32\"}],\"name\":\"computeHashId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"getRecord\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"hashId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"internalType\":\"structSpatialRegistry.Record\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"hashIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hashId\",\"type\":\"bytes32\"}],\"name\":\"record\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recordCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SpatialRegistry",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161081c38038061081c833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161079161008b5f395f818160d0015281816102d4015261039601526107915ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063900407bc11610058578063900407bc1461011f578063c8b73adf14610135578063e5ac9ef114610148578063e5f809a71461015d575f5ffd5b806303e9e6091461007e57806380f55605146100cb5780638c5725691461010a575b5f5ffd5b61009161008c366004610510565b61017c565b60408051825181526020808401516001600160a01b0316908201529181015167ffffffffffffffff16908201526060015b60405180910390f35b6100f27f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100c2565b61011261020a565b6040516100c29190610527565b6101275f5481565b6040519081526020016100c2565b610127610143366004610588565b610226565b61015b610156366004610659565b6102ca565b005b61012761016b366004610510565b5f9081526001602052604090205490565b60408051606080820183525f80835260208084018290528385018290528582526001808252918590208551938401865280548085529201546001600160a01b03811691840191909152600160a01b900467ffffffffffffffff169382019390935290916102045760405163818dd4e360e01b8152600481018490526024015b60405180910390fd5b92915050565b6040518060a00160405280607081526020016106ec6070913981565b5f6040518060a00160405280607081526020016106ec6070913980519060200120898989604051610258929190610679565b6040805191829003822060208084019590955260079390930b828201526060820192909252600398890b608082015296880b60a088015294870b60c08701529290950b60e085015261010080850191909152825180850390910181526101209093019091528151910120949350505050565b81158061035557507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a9b07c266040518163ffffffff1660e01b8152600401602060405180830381865afa15801561032e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103529190610688565b82115b15610376576040516358a30b2d60e11b8152600481018390526024016101fb565b6040516331a9108f60e11b81526004810183905233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa1580156103db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103ff919061069f565b6001600160a01b03161461042f57604051630a98fd3560e11b8152600481018390523360248201526044016101fb565b8061044d57604051633a9ac65f60e11b815260040160405180910390fd5b5f828152600160205260409020805415610487578054604051634b53645f60e01b81526101fb918591600401918252602082015260400190565b818155600180820180546001600160e01b0319163367ffffffffffffffff60a01b191617600160a01b4267ffffffffffffffff16021790555f805481906104cf9084906106cc565b9091555050604051828152339084907f22c3d27ea81208e35510f65e1bda1e09f5937a491f8251aa43792fa589a970bc9060200160405180910390a3505050565b5f60208284031215610520575f5ffd5b5035919050565b602081525f82518060208401525f5b818110156105535760208186018101516040868401015201610536565b505f604082850101526040601f19601f83011684010191505092915050565b8035600381900b8114610583575f5ffd5b919050565b5f5f5f5f5f5f5f5f60e0898b03121561059f575f5ffd5b88358060070b81146105af575f5ffd5b9750602089013567ffffffffffffffff8111156105ca575f5ffd5b8901601f81018b136105da575f5ffd5b803567ffffffffffffffff8111156105f0575f5ffd5b8b6020828401011115610601575f5ffd5b6020919091019750955061061760408a01610572565b945061062560608a01610572565b935061063360808a01610572565b925061064160a08a01610572565b979a969950949793969295919450919260c001359150565b5f5f6040838503121561066a575f5ffd5b50508035926020909101359150565b818382375f9101908152919050565b5f60208284031215610698575f5ffd5b5051919050565b5f602082840312156106af575f5ffd5b81516001600160a01b03811681146106c5575f5ffd5b9392505050565b8082018082111561020457634e487b7160e01b5f52601160045260245ffdfe5370617469616c4c697374696e6728696e7436342074696d652c737472696e672067656f686173682c696e743332206d696e4c6f6e2c696e743332206d696e4c61742c696e743332206d61784c6f6e2c696e743332206d61784c61742c62797465733332206174747269627574657329a26469706673582212208d64fbea224f7ba6cc53f00e2a9339be89d153af171eb79c672ee76492d007dc64736f6c634300081c0033",
}

// SpatialRegistry is an auto generated Go binding around an Ethereum contract.
type SpatialRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SpatialRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewSpatialRegistry creates a new instance of SpatialRegistry.
func NewSpatialRegistry() *SpatialRegistry {
	parsed, err := SpatialRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SpatialRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SpatialRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address market_) returns()
func (spatialRegistry *SpatialRegistry) PackConstructor(market_ common.Address) []byte {
	enc, err := spatialRegistry.abi.Pack("", market_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackHASHIDTYPE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c572569.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function HASHID_TYPE() view returns(string)
func (spatialRegistry *SpatialRegistry) PackHASHIDTYPE() []byte {
	enc, err := spatialRegistry.abi.Pack("HASHID_TYPE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHASHIDTYPE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c572569.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function HASHID_TYPE() view returns(string)
func (spatialRegistry *SpatialRegistry) TryPackHASHIDTYPE() ([]byte, error) {
	return spatialRegistry.abi.Pack("HASHID_TYPE")
}

// UnpackHASHIDTYPE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c572569.
//
// Solidity: function HASHID_TYPE() view returns(string)
func (spatialRegistry *SpatialRegistry) UnpackHASHIDTYPE(data []byte) (string, error) {
	out, err := spatialRegistry.abi.Unpack("HASHID_TYPE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackComputeHashId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8b73adf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function computeHashId(int64 time, string geohash, int32 minLon, int32 minLat, int32 maxLon, int32 maxLat, bytes32 attributes) pure returns(bytes32)
func (spatialRegistry *SpatialRegistry) PackComputeHashId(time int64, geohash string, minLon int32, minLat int32, maxLon int32, maxLat int32, attributes [32]byte) []byte {
	enc, err := spatialRegistry.abi.Pack("computeHashId", time, geohash, minLon, minLat, maxLon, maxLat, attributes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackComputeHashId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8b73adf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function computeHashId(int64 time, string geohash, int32 minLon, int32 minLat, int32 maxLon, int32 maxLat, bytes32 attributes) pure returns(bytes32)
func (spatialRegistry *SpatialRegistry) TryPackComputeHashId(time int64, geohash string, minLon int32, minLat int32, maxLon int32, maxLat int32, attributes [32]byte) ([]byte, error) {
	return spatialRegistry.abi.Pack("computeHashId", time, geohash, minLon, minLat, maxLon, maxLat, attributes)
}

// UnpackComputeHashId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8b73adf.
//
// Solidity: function computeHashId(int64 time, string geohash, int32 minLon, int32 minLat, int32 maxLon, int32 maxLat, bytes32 attributes) pure returns(bytes32)
func (spatialRegistry *SpatialRegistry) UnpackComputeHashId(data []byte) ([32]byte, error) {
	out, err := spatialRegistry.abi.Unpack("computeHashId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03e9e609.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRecord(uint256 listingId) view returns((bytes32,address,uint64))
func (spatialRegistry *SpatialRegistry) PackGetRecord(listingId *big.Int) []byte {
	enc, err := spatialRegistry.abi.Pack("getRecord", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03e9e609.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRecord(uint256 listingId) view returns((bytes32,address,uint64))
func (spatialRegistry *SpatialRegistry) TryPackGetRecord(listingId *big.Int) ([]byte, error) {
	return spatialRegistry.abi.Pack("getRecord", listingId)
}

// UnpackGetRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03e9e609.
//
// Solidity: function getRecord(uint256 listingId) view returns((bytes32,address,uint64))
func (spatialRegistry *SpatialRegistry) UnpackGetRecord(data []byte) (SpatialRegistryRecord, error) {
	out, err := spatialRegistry.abi.Unpack("getRecord", data)
	if err != nil {
		return *new(SpatialRegistryRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(SpatialRegistryRecord)).(*SpatialRegistryRecord)
	return out0, nil
}

// PackHashIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5f809a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashIdOf(uint256 listingId) view returns(bytes32)
func (spatialRegistry *SpatialRegistry) PackHashIdOf(listingId *big.Int) []byte {
	enc, err := spatialRegistry.abi.Pack("hashIdOf", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5f809a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashIdOf(uint256 listingId) view returns(bytes32)
func (spatialRegistry *SpatialRegistry) TryPackHashIdOf(listingId *big.Int) ([]byte, error) {
	return spatialRegistry.abi.Pack("hashIdOf", listingId)
}

// UnpackHashIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5f809a7.
//
// Solidity: function hashIdOf(uint256 listingId) view returns(bytes32)
func (spatialRegistry *SpatialRegistry) UnpackHashIdOf(data []byte) ([32]byte, error) {
	out, err := spatialRegistry.abi.Unpack("hashIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (spatialRegistry *SpatialRegistry) PackMarket() []byte {
	enc, err := spatialRegistry.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (spatialRegistry *SpatialRegistry) TryPackMarket() ([]byte, error) {
	return spatialRegistry.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (spatialRegistry *SpatialRegistry) UnpackMarket(data []byte) (common.Address, error) {
	out, err := spatialRegistry.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5ac9ef1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function record(uint256 listingId, bytes32 hashId) returns()
func (spatialRegistry *SpatialRegistry) PackRecord(listingId *big.Int, hashId [32]byte) []byte {
	enc, err := spatialRegistry.abi.Pack("record", listingId, hashId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5ac9ef1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function record(uint256 listingId, bytes32 hashId) returns()
func (spatialRegistry *SpatialRegistry) TryPackRecord(listingId *big.Int, hashId [32]byte) ([]byte, error) {
	return spatialRegistry.abi.Pack("record", listingId, hashId)
}

// PackRecordCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900407bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordCount() view returns(uint256)
func (spatialRegistry *SpatialRegistry) PackRecordCount() []byte {
	enc, err := spatialRegistry.abi.Pack("recordCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900407bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordCount() view returns(uint256)
func (spatialRegistry *SpatialRegistry) TryPackRecordCount() ([]byte, error) {
	return spatialRegistry.abi.Pack("recordCount")
}

// UnpackRecordCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900407bc.
//
// Solidity: function recordCount() view returns(uint256)
func (spatialRegistry *SpatialRegistry) UnpackRecordCount(data []byte) (*big.Int, error) {
	out, err := spatialRegistry.abi.Unpack("recordCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SpatialRegistryHashIdRecorded represents a HashIdRecorded event raised by the SpatialRegistry contract.
type SpatialRegistryHashIdRecorded struct {
	ListingId *big.Int
	Owner     common.Address
	HashId    [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const SpatialRegistryHashIdRecordedEventName = "HashIdRecorded"

// ContractEventName returns the user-defined event name.
func (SpatialRegistryHashIdRecorded) ContractEventName() string {
	return SpatialRegistryHashIdRecordedEventName
}

// UnpackHashIdRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HashIdRecorded(uint256 indexed listingId, address indexed owner, bytes32 hashId)
func (spatialRegistry *SpatialRegistry) UnpackHashIdRecordedEvent(log *types.Log) (*SpatialRegistryHashIdRecorded, error) {
	event := "HashIdRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != spatialRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SpatialRegistryHashIdRecorded)
	if len(log.Data) > 0 {
		if err := spatialRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range spatialRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (spatialRegistry *SpatialRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], spatialRegistry.abi.Errors["AlreadyRecorded"].ID.Bytes()[:4]) {
		return spatialRegistry.UnpackAlreadyRecordedError(raw[4:])
	}
	if bytes.Equal(raw[:4], spatialRegistry.abi.Errors["NotListingOwner"].ID.Bytes()[:4]) {
		return spatialRegistry.UnpackNotListingOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], spatialRegistry.abi.Errors["NotRecorded"].ID.Bytes()[:4]) {
		return spatialRegistry.UnpackNotRecordedError(raw[4:])
	}
	if bytes.Equal(raw[:4], spatialRegistry.abi.Errors["UnknownListing"].ID.Bytes()[:4]) {
		return spatialRegistry.UnpackUnknownListingError(raw[4:])
	}
	if bytes.Equal(raw[:4], spatialRegistry.abi.Errors["ZeroHashId"].ID.Bytes()[:4]) {
		return spatialRegistry.UnpackZeroHashIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SpatialRegistryAlreadyRecorded represents a AlreadyRecorded error raised by the SpatialRegistry contract.
type SpatialRegistryAlreadyRecorded struct {
	ListingId *big.Int
	HashId    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRecorded(uint256 listingId, bytes32 hashId)
func SpatialRegistryAlreadyRecordedErrorID() common.Hash {
	return common.HexToHash("0x4b53645f98da608b52c008de5e55155ff45b6567638d486ec082d24c2ef97b91")
}

// UnpackAlreadyRecordedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRecorded(uint256 listingId, bytes32 hashId)
func (spatialRegistry *SpatialRegistry) UnpackAlreadyRecordedError(raw []byte) (*SpatialRegistryAlreadyRecorded, error) {
	out := new(SpatialRegistryAlreadyRecorded)
	if err := spatialRegistry.abi.UnpackIntoInterface(out, "AlreadyRecorded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SpatialRegistryNotListingOwner represents a NotListingOwner error raised by the SpatialRegistry contract.
type SpatialRegistryNotListingOwner struct {
	ListingId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotListingOwner(uint256 listingId, address caller)
func SpatialRegistryNotListingOwnerErrorID() common.Hash {
	return common.HexToHash("0x1531fa6afd32d96f38e78e79e7d3042df7339474692990c34e490d260cb5cfec")
}

// UnpackNotListingOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotListingOwner(uint256 listingId, address caller)
func (spatialRegistry *SpatialRegistry) UnpackNotListingOwnerError(raw []byte) (*SpatialRegistryNotListingOwner, error) {
	out := new(SpatialRegistryNotListingOwner)
	if err := spatialRegistry.abi.UnpackIntoInterface(out, "NotListingOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SpatialRegistryNotRecorded represents a NotRecorded error raised by the SpatialRegistry contract.
type SpatialRegistryNotRecorded struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRecorded(uint256 listingId)
func SpatialRegistryNotRecordedErrorID() common.Hash {
	return common.HexToHash("0x818dd4e3460faf3ddcf42ac19a7469ad2723a8275254e9cc8fdb06fa0805bf47")
}

// UnpackNotRecordedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRecorded(uint256 listingId)
func (spatialRegistry *SpatialRegistry) UnpackNotRecordedError(raw []byte) (*SpatialRegistryNotRecorded, error) {
	out := new(SpatialRegistryNotRecorded)
	if err := spatialRegistry.abi.UnpackIntoInterface(out, "NotRecorded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SpatialRegistryUnknownListing represents a UnknownListing error raised by the SpatialRegistry contract.
type SpatialRegistryUnknownListing struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownListing(uint256 id)
func SpatialRegistryUnknownListingErrorID() common.Hash {
	return common.HexToHash("0xb146165ab82178840e88d92fab3f6c79f4e559147a7f0009a73b3403a809ef6e")
}

// UnpackUnknownListingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownListing(uint256 id)
func (spatialRegistry *SpatialRegistry) UnpackUnknownListingError(raw []byte) (*SpatialRegistryUnknownListing, error) {
	out := new(SpatialRegistryUnknownListing)
	if err := spatialRegistry.abi.UnpackIntoInterface(out, "UnknownListing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SpatialRegistryZeroHashId represents a ZeroHashId error raised by the SpatialRegistry contract.
type SpatialRegistryZeroHashId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHashId()
func SpatialRegistryZeroHashIdErrorID() common.Hash {
	return common.HexToHash("0x75358cbe9469d926fdbed8301f41017aaaea9849fdda9943decf7b778601c3bd")
}

// UnpackZeroHashIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHashId()
func (spatialRegistry *SpatialRegistry) UnpackZeroHashIdError(raw []byte) (*SpatialRegistryZeroHashId, error) {
	out := new(SpatialRegistryZeroHashId)
	if err := spatialRegistry.abi.UnpackIntoInterface(out, "ZeroHashId", raw); err != nil {
		return nil, err
	}
	return out, nil
}
