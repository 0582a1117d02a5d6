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

// BoardAnchorAnchored is an auto generated low-level Go binding around an user-defined struct.
type BoardAnchorAnchored struct {
	Size        uint64
	Root        [32]byte
	AnchoredAt  uint64
	BlockNumber uint64
}

// BoardAnchorMetaData contains all meta data concerning the BoardAnchor contract.
var BoardAnchorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractBroker\",\"name\":\"broker_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NoCheckpoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPlatform\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"}],\"name\":\"SizeNotGrowing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"}],\"name\":\"UnknownCheckpoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"}],\"name\":\"CheckpointAnchored\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"anchorAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"internalType\":\"structBoardAnchor.Anchored\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"anchorCheckpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"anchorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"broker\",\"outputs\":[{\"internalType\":\"contractBroker\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"}],\"name\":\"checkpointOfSize\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"internalType\":\"structBoardAnchor.Anchored\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latest\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"internalType\":\"structBoardAnchor.Anchored\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BoardAnchor",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161081d38038061081d833981016040819052602b916061565b6001600160a01b03811660515760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0316608052608c565b5f602082840312156070575f5ffd5b81516001600160a01b03811681146085575f5ffd5b9392505050565b6080516107726100ab5f395f818161011701526102e501526107725ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c8063169949601461006457806334f96c8c146100d257806335ac6a72146100e257806339519e36146100f557806352bfe7891461010a578063abff011014610112575b5f5ffd5b610077610072366004610663565b610151565b6040516100c991905f6080820190506001600160401b038351168252602083015160208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015292915050565b60405180910390f35b5f546040519081526020016100c9565b6100776100f0366004610695565b610208565b6101086101033660046106b5565b6102e3565b005b6100776105a7565b6101397f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100c9565b604080516080810182525f80825260208201819052918101829052606081018290529054821061019c57604051630276432960e01b8152600481018390526024015b60405180910390fd5b5f82815481106101ae576101ae6106dd565b5f91825260209182902060408051608081018252600390930290910180546001600160401b0390811684526001820154948401949094526002015480841691830191909152600160401b9004909116606082015292915050565b604080516080810182525f8082526020808301829052828401829052606083018290526001600160401b03851682526001905291822054909181900361026c5760405163e719c83f60e01b81526001600160401b0384166004820152602401610193565b5f6102786001836106f1565b81548110610288576102886106dd565b5f91825260209182902060408051608081018252600390930290910180546001600160401b0390811684526001820154948401949094526002015480841691830191909152600160401b900490911660608201529392505050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bde38c86040518163ffffffff1660e01b8152600401602060405180830381865afa15801561033f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103639190610716565b6001600160a01b0316336001600160a01b0316146103965760405163967a6ee960e01b8152336004820152602401610193565b806103b45760405163b263ae7360e01b815260040160405180910390fd5b5f8054156103f9575f80546103cb906001906106f1565b815481106103db576103db6106dd565b5f9182526020909120600390910201546001600160401b03166103fb565b5f5b9050806001600160401b0316836001600160401b0316116104425760405163cfd88f7d60e01b81526001600160401b03808516600483015282166024820152604401610193565b604080516080810182526001600160401b038086168083526020808401878152428416858701908152438516606087019081525f805460018181018355828052985160039091027f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56381018054928a1667ffffffffffffffff199093169290921790915593517f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56485015591517f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e565909301805491518716600160401b026fffffffffffffffffffffffffffffffff199092169390961692909217919091179093558254918352839052929020829055610558916106f1565b604080516001600160401b0386811682526020820186905242168183015290517fec0ddbcd30e6380d886a3a2df4ca0a63ac5549b994f09459d7973a063ccdaea59181900360600190a2505050565b604080516080810182525f808252602082018190529181018290526060810182905281549091036105eb5760405163165ce21760e21b815260040160405180910390fd5b5f80546105fa906001906106f1565b8154811061060a5761060a6106dd565b5f91825260209182902060408051608081018252600390930290910180546001600160401b0390811684526001820154948401949094526002015480841691830191909152600160401b90049091166060820152919050565b5f60208284031215610673575f5ffd5b5035919050565b80356001600160401b0381168114610690575f5ffd5b919050565b5f602082840312156106a5575f5ffd5b6106ae8261067a565b9392505050565b5f5f604083850312156106c6575f5ffd5b6106cf8361067a565b946020939093013593505050565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561071057634e487b7160e01b5f52601160045260245ffd5b92915050565b5f60208284031215610726575f5ffd5b81516001600160a01b03811681146106ae575f5ffdfea26469706673582212209a2748f1001bd957d1ac760267629af7b90ce6de5bf38f67fe5b48b68b28c10364736f6c634300081c0033",
}

// BoardAnchor is an auto generated Go binding around an Ethereum contract.
type BoardAnchor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BoardAnchor) GetABI() abi.ABI {
	return c.abi
}

// NewBoardAnchor creates a new instance of BoardAnchor.
func NewBoardAnchor() *BoardAnchor {
	parsed, err := BoardAnchorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BoardAnchor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BoardAnchor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address broker_) returns()
func (boardAnchor *BoardAnchor) PackConstructor(broker_ common.Address) []byte {
	enc, err := boardAnchor.abi.Pack("", broker_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAnchorAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16994960.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorAt(uint256 index) view returns((uint64,bytes32,uint64,uint64))
func (boardAnchor *BoardAnchor) PackAnchorAt(index *big.Int) []byte {
	enc, err := boardAnchor.abi.Pack("anchorAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16994960.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorAt(uint256 index) view returns((uint64,bytes32,uint64,uint64))
func (boardAnchor *BoardAnchor) TryPackAnchorAt(index *big.Int) ([]byte, error) {
	return boardAnchor.abi.Pack("anchorAt", index)
}

// UnpackAnchorAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16994960.
//
// Solidity: function anchorAt(uint256 index) view returns((uint64,bytes32,uint64,uint64))
func (boardAnchor *BoardAnchor) UnpackAnchorAt(data []byte) (BoardAnchorAnchored, error) {
	out, err := boardAnchor.abi.Unpack("anchorAt", data)
	if err != nil {
		return *new(BoardAnchorAnchored), err
	}
	out0 := *abi.ConvertType(out[0], new(BoardAnchorAnchored)).(*BoardAnchorAnchored)
	return out0, nil
}

// PackAnchorCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39519e36.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorCheckpoint(uint64 size, bytes32 root) returns()
func (boardAnchor *BoardAnchor) PackAnchorCheckpoint(size uint64, root [32]byte) []byte {
	enc, err := boardAnchor.abi.Pack("anchorCheckpoint", size, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39519e36.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorCheckpoint(uint64 size, bytes32 root) returns()
func (boardAnchor *BoardAnchor) TryPackAnchorCheckpoint(size uint64, root [32]byte) ([]byte, error) {
	return boardAnchor.abi.Pack("anchorCheckpoint", size, root)
}

// PackAnchorCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34f96c8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorCount() view returns(uint256)
func (boardAnchor *BoardAnchor) PackAnchorCount() []byte {
	enc, err := boardAnchor.abi.Pack("anchorCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34f96c8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorCount() view returns(uint256)
func (boardAnchor *BoardAnchor) TryPackAnchorCount() ([]byte, error) {
	return boardAnchor.abi.Pack("anchorCount")
}

// UnpackAnchorCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34f96c8c.
//
// Solidity: function anchorCount() view returns(uint256)
func (boardAnchor *BoardAnchor) UnpackAnchorCount(data []byte) (*big.Int, error) {
	out, err := boardAnchor.abi.Unpack("anchorCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBroker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabff0110.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function broker() view returns(address)
func (boardAnchor *BoardAnchor) PackBroker() []byte {
	enc, err := boardAnchor.abi.Pack("broker")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBroker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabff0110.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function broker() view returns(address)
func (boardAnchor *BoardAnchor) TryPackBroker() ([]byte, error) {
	return boardAnchor.abi.Pack("broker")
}

// UnpackBroker is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabff0110.
//
// Solidity: function broker() view returns(address)
func (boardAnchor *BoardAnchor) UnpackBroker(data []byte) (common.Address, error) {
	out, err := boardAnchor.abi.Unpack("broker", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCheckpointOfSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35ac6a72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpointOfSize(uint64 size) view returns((uint64,bytes32,uint64,uint64))
func (boardAnchor *BoardAnchor) PackCheckpointOfSize(size uint64) []byte {
	enc, err := boardAnchor.abi.Pack("checkpointOfSize", size)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpointOfSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35ac6a72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpointOfSize(uint64 size) view returns((uint64,bytes32,uint64,uint64))
func (boardAnchor *BoardAnchor) TryPackCheckpointOfSize(size uint64) ([]byte, error) {
	return boardAnchor.abi.Pack("checkpointOfSize", size)
}

// UnpackCheckpointOfSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35ac6a72.
//
// Solidity: function checkpointOfSize(uint64 size) view returns((uint64,bytes32,uint64,uint64))
func (boardAnchor *BoardAnchor) UnpackCheckpointOfSize(data []byte) (BoardAnchorAnchored, error) {
	out, err := boardAnchor.abi.Unpack("checkpointOfSize", data)
	if err != nil {
		return *new(BoardAnchorAnchored), err
	}
	out0 := *abi.ConvertType(out[0], new(BoardAnchorAnchored)).(*BoardAnchorAnchored)
	return out0, nil
}

// PackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfe789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latest() view returns((uint64,bytes32,uint64,uint64))
func (boardAnchor *BoardAnchor) PackLatest() []byte {
	enc, err := boardAnchor.abi.Pack("latest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfe789.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latest() view returns((uint64,bytes32,uint64,uint64))
func (boardAnchor *BoardAnchor) TryPackLatest() ([]byte, error) {
	return boardAnchor.abi.Pack("latest")
}

// UnpackLatest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52bfe789.
//
// Solidity: function latest() view returns((uint64,bytes32,uint64,uint64))
func (boardAnchor *BoardAnchor) UnpackLatest(data []byte) (BoardAnchorAnchored, error) {
	out, err := boardAnchor.abi.Unpack("latest", data)
	if err != nil {
		return *new(BoardAnchorAnchored), err
	}
	out0 := *abi.ConvertType(out[0], new(BoardAnchorAnchored)).(*BoardAnchorAnchored)
	return out0, nil
}

// BoardAnchorCheckpointAnchored represents a CheckpointAnchored event raised by the BoardAnchor contract.
type BoardAnchorCheckpointAnchored struct {
	Index      *big.Int
	Size       uint64
	Root       [32]byte
	AnchoredAt uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const BoardAnchorCheckpointAnchoredEventName = "CheckpointAnchored"

// ContractEventName returns the user-defined event name.
func (BoardAnchorCheckpointAnchored) ContractEventName() string {
	return BoardAnchorCheckpointAnchoredEventName
}

// UnpackCheckpointAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CheckpointAnchored(uint256 indexed index, uint64 size, bytes32 root, uint64 anchoredAt)
func (boardAnchor *BoardAnchor) UnpackCheckpointAnchoredEvent(log *types.Log) (*BoardAnchorCheckpointAnchored, error) {
	event := "CheckpointAnchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != boardAnchor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BoardAnchorCheckpointAnchored)
	if len(log.Data) > 0 {
		if err := boardAnchor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range boardAnchor.abi.Events[event].Inputs {
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
func (boardAnchor *BoardAnchor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], boardAnchor.abi.Errors["NoCheckpoint"].ID.Bytes()[:4]) {
		return boardAnchor.UnpackNoCheckpointError(raw[4:])
	}
	if bytes.Equal(raw[:4], boardAnchor.abi.Errors["NotPlatform"].ID.Bytes()[:4]) {
		return boardAnchor.UnpackNotPlatformError(raw[4:])
	}
	if bytes.Equal(raw[:4], boardAnchor.abi.Errors["SizeNotGrowing"].ID.Bytes()[:4]) {
		return boardAnchor.UnpackSizeNotGrowingError(raw[4:])
	}
	if bytes.Equal(raw[:4], boardAnchor.abi.Errors["UnknownCheckpoint"].ID.Bytes()[:4]) {
		return boardAnchor.UnpackUnknownCheckpointError(raw[4:])
	}
	if bytes.Equal(raw[:4], boardAnchor.abi.Errors["UnknownIndex"].ID.Bytes()[:4]) {
		return boardAnchor.UnpackUnknownIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], boardAnchor.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return boardAnchor.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], boardAnchor.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return boardAnchor.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BoardAnchorNoCheckpoint represents a NoCheckpoint error raised by the BoardAnchor contract.
type BoardAnchorNoCheckpoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCheckpoint()
func BoardAnchorNoCheckpointErrorID() common.Hash {
	return common.HexToHash("0x5973885cd8303c1fde3a9bc62e38699b8dd031cbbce5cb7d4ccc942019c2f4e7")
}

// UnpackNoCheckpointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCheckpoint()
func (boardAnchor *BoardAnchor) UnpackNoCheckpointError(raw []byte) (*BoardAnchorNoCheckpoint, error) {
	out := new(BoardAnchorNoCheckpoint)
	if err := boardAnchor.abi.UnpackIntoInterface(out, "NoCheckpoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardAnchorNotPlatform represents a NotPlatform error raised by the BoardAnchor contract.
type BoardAnchorNotPlatform struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPlatform(address caller)
func BoardAnchorNotPlatformErrorID() common.Hash {
	return common.HexToHash("0x967a6ee9efa41d3fa1a62073b21894adc8dc72d2d4c339180116b9d3397bea38")
}

// UnpackNotPlatformError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPlatform(address caller)
func (boardAnchor *BoardAnchor) UnpackNotPlatformError(raw []byte) (*BoardAnchorNotPlatform, error) {
	out := new(BoardAnchorNotPlatform)
	if err := boardAnchor.abi.UnpackIntoInterface(out, "NotPlatform", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardAnchorSizeNotGrowing represents a SizeNotGrowing error raised by the BoardAnchor contract.
type BoardAnchorSizeNotGrowing struct {
	Size   uint64
	Latest uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SizeNotGrowing(uint64 size, uint64 latest)
func BoardAnchorSizeNotGrowingErrorID() common.Hash {
	return common.HexToHash("0xcfd88f7dd36902f879d3272f0f0fbfa3032fd2b2a22ae7a3e1ace745bc16f459")
}

// UnpackSizeNotGrowingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SizeNotGrowing(uint64 size, uint64 latest)
func (boardAnchor *BoardAnchor) UnpackSizeNotGrowingError(raw []byte) (*BoardAnchorSizeNotGrowing, error) {
	out := new(BoardAnchorSizeNotGrowing)
	if err := boardAnchor.abi.UnpackIntoInterface(out, "SizeNotGrowing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardAnchorUnknownCheckpoint represents a UnknownCheckpoint error raised by the BoardAnchor contract.
type BoardAnchorUnknownCheckpoint struct {
	Size uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCheckpoint(uint64 size)
func BoardAnchorUnknownCheckpointErrorID() common.Hash {
	return common.HexToHash("0xe719c83ffcd8cbc2442d0845188399c92cc59fc37173356b2242992993317f94")
}

// UnpackUnknownCheckpointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCheckpoint(uint64 size)
func (boardAnchor *BoardAnchor) UnpackUnknownCheckpointError(raw []byte) (*BoardAnchorUnknownCheckpoint, error) {
	out := new(BoardAnchorUnknownCheckpoint)
	if err := boardAnchor.abi.UnpackIntoInterface(out, "UnknownCheckpoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardAnchorUnknownIndex represents a UnknownIndex error raised by the BoardAnchor contract.
type BoardAnchorUnknownIndex struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownIndex(uint256 index)
func BoardAnchorUnknownIndexErrorID() common.Hash {
	return common.HexToHash("0x02764329867f6e566dfa1479a337ebe6494bd03247e4b0901ebbe8284c680bce")
}

// UnpackUnknownIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownIndex(uint256 index)
func (boardAnchor *BoardAnchor) UnpackUnknownIndexError(raw []byte) (*BoardAnchorUnknownIndex, error) {
	out := new(BoardAnchorUnknownIndex)
	if err := boardAnchor.abi.UnpackIntoInterface(out, "UnknownIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardAnchorZeroAddress represents a ZeroAddress error raised by the BoardAnchor contract.
type BoardAnchorZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func BoardAnchorZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (boardAnchor *BoardAnchor) UnpackZeroAddressError(raw []byte) (*BoardAnchorZeroAddress, error) {
	out := new(BoardAnchorZeroAddress)
	if err := boardAnchor.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BoardAnchorZeroRoot represents a ZeroRoot error raised by the BoardAnchor contract.
type BoardAnchorZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func BoardAnchorZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (boardAnchor *BoardAnchor) UnpackZeroRootError(raw []byte) (*BoardAnchorZeroRoot, error) {
	out := new(BoardAnchorZeroRoot)
	if err := boardAnchor.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
