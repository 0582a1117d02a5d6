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

// ReviewsReview is an auto generated low-level Go binding around an user-defined struct.
type ReviewsReview struct {
	Buyer          common.Address
	Seller         common.Address
	ExchangeId     *big.Int
	SellerRating   uint8
	ExchangeRating uint8
	CommentCid     string
	At             uint64
}

// ReviewsStats is an auto generated low-level Go binding around an user-defined struct.
type ReviewsStats struct {
	Count uint64
	Sum   uint64
}

// ReviewsMetaData contains all meta data concerning the Reviews contract.
var ReviewsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractEscrow\",\"name\":\"escrow_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"AlreadyReviewed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"rating\",\"type\":\"uint8\"}],\"name\":\"InvalidRating\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"NotReviewed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTradeBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"TradeNotCommitted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"sellerRating\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"exchangeRating\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"commentCid\",\"type\":\"string\"}],\"name\":\"Reviewed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"escrow\",\"outputs\":[{\"internalType\":\"contractEscrow\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"}],\"name\":\"exchangeAverageMilli\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"}],\"name\":\"exchangeStats\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"}],\"internalType\":\"structReviews.Stats\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"getReview\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"sellerRating\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"exchangeRating\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"commentCid\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"internalType\":\"structReviews.Review\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"sellerRating\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"exchangeRating\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"commentCid\",\"type\":\"string\"}],\"name\":\"review\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tradeId\",\"type\":\"uint256\"}],\"name\":\"reviewed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"sellerAverageMilli\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"sellerStats\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sum\",\"type\":\"uint64\"}],\"internalType\":\"structReviews.Stats\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Reviews",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161107f38038061107f833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b608051610ffa6100855f395f81816101b9015261031e0152610ffa5ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063b329187f11610058578063b329187f146100f7578063b98fb7e814610177578063e2fdcc17146101b4578063e5b0117a146101f3575f5ffd5b806310bbf25c146100895780632a7dc945146100af5780637f511c5f146100c2578063990581b6146100d7575b5f5ffd5b61009c61009736600461094b565b610255565b6040519081526020015b60405180910390f35b61009c6100bd366004610979565b610271565b6100d56100d03660046109a9565b610291565b005b6100ea6100e536600461094b565b610784565b6040516100a69190610a8d565b61015061010536600461094b565b604080518082019091525f8082526020820152505f908152600260209081526040918290208251808401909352546001600160401b038082168452600160401b909104169082015290565b6040805182516001600160401b0390811682526020938401511692810192909252016100a6565b6101a461018536600461094b565b5f908152602081905260409020600501546001600160401b0316151590565b60405190151581526020016100a6565b6101db7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100a6565b610150610201366004610979565b604080518082019091525f8082526020820152506001600160a01b03165f908152600160209081526040918290208251808401909352546001600160401b038082168452600160401b909104169082015290565b5f81815260026020526040812061026b90610904565b92915050565b6001600160a01b0381165f90815260016020526040812061026b90610904565b60018460ff1610806102a6575060058460ff16115b156102ce576040516377f73f8960e01b815260ff851660048201526024015b60405180910390fd5b60018360ff1610806102e3575060058360ff16115b15610306576040516377f73f8960e01b815260ff841660048201526024016102c5565b604051632db25e0560e01b8152600481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632db25e05906024015f60405180830381865afa15801561036a573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526103919190810190610c2e565b80519091506001600160a01b031633146103c757604051632121125960e11b8152600481018790523360248201526044016102c5565b600381610120015160088111156103e0576103e0610dc0565b1415801561040557506004816101200151600881111561040257610402610dc0565b14155b801561042857506005816101200151600881111561042557610425610dc0565b14155b1561046a5785816101200151600881111561044557610445610dc0565b604051631c46f34d60e21b8152600481019290925260ff1660248201526044016102c5565b5f868152602081905260409020600501546001600160401b0316156104a557604051632721595560e01b8152600481018790526024016102c5565b6040518060e00160405280336001600160a01b0316815260200182602001516001600160a01b0316815260200182610140015181526020018660ff1681526020018560ff16815260200184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509385525050506001600160401b034216602092830152888152808252604090819020835181546001600160a01b039182166001600160a01b0319918216178355938501516001830180549190921694169390931790925582015160028201556060820151600382018054608085015160ff9081166101000261ffff1990921693169290921791909117905560a082015160048201906105bf9082610e58565b5060c091909101516005909101805467ffffffffffffffff19166001600160401b039283161790556020828101516001600160a01b03165f908152600191829052604081208054909384929161061791859116610f26565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508560ff16815f0160088282829054906101000a90046001600160401b03166106639190610f26565b82546101009290920a6001600160401b038181021990931691831602179091556101408401515f90815260026020526040812080549093506001928492916106ad91859116610f26565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508560ff16815f0160088282829054906101000a90046001600160401b03166106f99190610f26565b92506101000a8154816001600160401b0302191690836001600160401b0316021790555082602001516001600160a01b0316336001600160a01b0316897fe1fb1a7f6f991d26872d6fd3970054115088895a6c7c3dccc4cb5c6806ac97028661014001518b8b8b8b604051610772959493929190610f45565b60405180910390a45050505050505050565b6040805160e0810182525f8082526020820181905291810182905260608082018390526080820183905260a082015260c08101919091525f828152602081905260408120600501546001600160401b031690036107f7576040516377be52cd60e11b8152600481018390526024016102c5565b5f8281526020818152604091829020825160e08101845281546001600160a01b03908116825260018301541692810192909252600281015492820192909252600382015460ff808216606084015261010090910416608082015260048201805491929160a08401919061086990610dd4565b80601f016020809104026020016040519081016040528092919081815260200182805461089590610dd4565b80156108e05780601f106108b7576101008083540402835291602001916108e0565b820191905f5260205f20905b8154815290600101906020018083116108c357829003601f168201915b5050509183525050600591909101546001600160401b031660209091015292915050565b80545f906001600160401b0316810361091e57505f919050565b81546001600160401b038082169161094191600160401b909104166103e8610f8e565b61026b9190610fa5565b5f6020828403121561095b575f5ffd5b5035919050565b6001600160a01b0381168114610976575f5ffd5b50565b5f60208284031215610989575f5ffd5b813561099481610962565b9392505050565b60ff81168114610976575f5ffd5b5f5f5f5f5f608086880312156109bd575f5ffd5b8535945060208601356109cf8161099b565b935060408601356109df8161099b565b925060608601356001600160401b038111156109f9575f5ffd5b8601601f81018813610a09575f5ffd5b80356001600160401b03811115610a1e575f5ffd5b886020828401011115610a2f575f5ffd5b959894975092955050506020019190565b5f5b83811015610a5a578181015183820152602001610a42565b50505f910152565b5f8151808452610a79816020860160208601610a40565b601f01601f19169290920160200192915050565b6020815260018060a01b03825116602082015260018060a01b0360208301511660408201526040820151606082015260ff60608301511660808201525f6080830151610ade60a084018260ff169052565b5060a083015160e060c0840152610af9610100840182610a62565b905060c0840151610b1560e08501826001600160401b03169052565b509392505050565b634e487b7160e01b5f52604160045260245ffd5b60405161028081016001600160401b0381118282101715610b5457610b54610b1d565b60405290565b8051610b6581610962565b919050565b8051610b658161099b565b80516001600160401b0381168114610b65575f5ffd5b805160098110610b65575f5ffd5b80518015158114610b65575f5ffd5b5f82601f830112610bb7575f5ffd5b81516001600160401b03811115610bd057610bd0610b1d565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610bfe57610bfe610b1d565b604052818152838201602001851015610c15575f5ffd5b610c26826020830160208701610a40565b949350505050565b5f60208284031215610c3e575f5ffd5b81516001600160401b03811115610c53575f5ffd5b82016102808185031215610c65575f5ffd5b610c6d610b31565b610c7682610b5a565b8152610c8460208301610b5a565b6020820152604082810151908201526060808301519082015260808083015190820152610cb360a08301610b6a565b60a082015260c08281015190820152610cce60e08301610b75565b60e0820152610ce06101008301610b75565b610100820152610cf36101208301610b8b565b6101208201526101408281015190820152610d116101608301610b6a565b61016082015261018082810151908201526101a08083015190820152610d3a6101c08301610b75565b6101c0820152610d4d6101e08301610b99565b6101e0820152610d606102008301610b6a565b610200820152610d736102208301610b75565b610220820152610d866102408301610b99565b6102408201526102608201516001600160401b03811115610da5575f5ffd5b610db186828501610ba8565b61026083015250949350505050565b634e487b7160e01b5f52602160045260245ffd5b600181811c90821680610de857607f821691505b602082108103610e0657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610e5357805f5260205f20601f840160051c81016020851015610e315750805b601f840160051c820191505b81811015610e50575f8155600101610e3d565b50505b505050565b81516001600160401b03811115610e7157610e71610b1d565b610e8581610e7f8454610dd4565b84610e0c565b6020601f821160018114610eb7575f8315610ea05750848201515b5f19600385901b1c1916600184901b178455610e50565b5f84815260208120601f198516915b82811015610ee65787850151825560209485019460019092019101610ec6565b5084821015610f0357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561026b5761026b610f12565b85815260ff8516602082015260ff8416604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b808202811582820484141761026b5761026b610f12565b5f82610fbf57634e487b7160e01b5f52601260045260245ffd5b50049056fea26469706673582212203a180a387270f1d99941d23a9da3273558bd45d8d1ff0554db3a25951f5278f164736f6c634300081c0033",
}

// Reviews is an auto generated Go binding around an Ethereum contract.
type Reviews struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Reviews) GetABI() abi.ABI {
	return c.abi
}

// NewReviews creates a new instance of Reviews.
func NewReviews() *Reviews {
	parsed, err := ReviewsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Reviews{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Reviews) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address escrow_) returns()
func (reviews *Reviews) PackConstructor(escrow_ common.Address) []byte {
	enc, err := reviews.abi.Pack("", escrow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrow() view returns(address)
func (reviews *Reviews) PackEscrow() []byte {
	enc, err := reviews.abi.Pack("escrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrow() view returns(address)
func (reviews *Reviews) TryPackEscrow() ([]byte, error) {
	return reviews.abi.Pack("escrow")
}

// UnpackEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fdcc17.
//
// Solidity: function escrow() view returns(address)
func (reviews *Reviews) UnpackEscrow(data []byte) (common.Address, error) {
	out, err := reviews.abi.Unpack("escrow", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExchangeAverageMilli is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10bbf25c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exchangeAverageMilli(uint256 exchangeId) view returns(uint256)
func (reviews *Reviews) PackExchangeAverageMilli(exchangeId *big.Int) []byte {
	enc, err := reviews.abi.Pack("exchangeAverageMilli", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExchangeAverageMilli is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10bbf25c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exchangeAverageMilli(uint256 exchangeId) view returns(uint256)
func (reviews *Reviews) TryPackExchangeAverageMilli(exchangeId *big.Int) ([]byte, error) {
	return reviews.abi.Pack("exchangeAverageMilli", exchangeId)
}

// UnpackExchangeAverageMilli is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10bbf25c.
//
// Solidity: function exchangeAverageMilli(uint256 exchangeId) view returns(uint256)
func (reviews *Reviews) UnpackExchangeAverageMilli(data []byte) (*big.Int, error) {
	out, err := reviews.abi.Unpack("exchangeAverageMilli", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExchangeStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb329187f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exchangeStats(uint256 exchangeId) view returns((uint64,uint64))
func (reviews *Reviews) PackExchangeStats(exchangeId *big.Int) []byte {
	enc, err := reviews.abi.Pack("exchangeStats", exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExchangeStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb329187f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exchangeStats(uint256 exchangeId) view returns((uint64,uint64))
func (reviews *Reviews) TryPackExchangeStats(exchangeId *big.Int) ([]byte, error) {
	return reviews.abi.Pack("exchangeStats", exchangeId)
}

// UnpackExchangeStats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb329187f.
//
// Solidity: function exchangeStats(uint256 exchangeId) view returns((uint64,uint64))
func (reviews *Reviews) UnpackExchangeStats(data []byte) (ReviewsStats, error) {
	out, err := reviews.abi.Unpack("exchangeStats", data)
	if err != nil {
		return *new(ReviewsStats), err
	}
	out0 := *abi.ConvertType(out[0], new(ReviewsStats)).(*ReviewsStats)
	return out0, nil
}

// PackGetReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x990581b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReview(uint256 tradeId) view returns((address,address,uint256,uint8,uint8,string,uint64))
func (reviews *Reviews) PackGetReview(tradeId *big.Int) []byte {
	enc, err := reviews.abi.Pack("getReview", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x990581b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReview(uint256 tradeId) view returns((address,address,uint256,uint8,uint8,string,uint64))
func (reviews *Reviews) TryPackGetReview(tradeId *big.Int) ([]byte, error) {
	return reviews.abi.Pack("getReview", tradeId)
}

// UnpackGetReview is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x990581b6.
//
// Solidity: function getReview(uint256 tradeId) view returns((address,address,uint256,uint8,uint8,string,uint64))
func (reviews *Reviews) UnpackGetReview(data []byte) (ReviewsReview, error) {
	out, err := reviews.abi.Unpack("getReview", data)
	if err != nil {
		return *new(ReviewsReview), err
	}
	out0 := *abi.ConvertType(out[0], new(ReviewsReview)).(*ReviewsReview)
	return out0, nil
}

// PackReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f511c5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function review(uint256 tradeId, uint8 sellerRating, uint8 exchangeRating, string commentCid) returns()
func (reviews *Reviews) PackReview(tradeId *big.Int, sellerRating uint8, exchangeRating uint8, commentCid string) []byte {
	enc, err := reviews.abi.Pack("review", tradeId, sellerRating, exchangeRating, commentCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f511c5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function review(uint256 tradeId, uint8 sellerRating, uint8 exchangeRating, string commentCid) returns()
func (reviews *Reviews) TryPackReview(tradeId *big.Int, sellerRating uint8, exchangeRating uint8, commentCid string) ([]byte, error) {
	return reviews.abi.Pack("review", tradeId, sellerRating, exchangeRating, commentCid)
}

// PackReviewed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb98fb7e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reviewed(uint256 tradeId) view returns(bool)
func (reviews *Reviews) PackReviewed(tradeId *big.Int) []byte {
	enc, err := reviews.abi.Pack("reviewed", tradeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReviewed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb98fb7e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reviewed(uint256 tradeId) view returns(bool)
func (reviews *Reviews) TryPackReviewed(tradeId *big.Int) ([]byte, error) {
	return reviews.abi.Pack("reviewed", tradeId)
}

// UnpackReviewed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb98fb7e8.
//
// Solidity: function reviewed(uint256 tradeId) view returns(bool)
func (reviews *Reviews) UnpackReviewed(data []byte) (bool, error) {
	out, err := reviews.abi.Unpack("reviewed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSellerAverageMilli is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a7dc945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sellerAverageMilli(address seller) view returns(uint256)
func (reviews *Reviews) PackSellerAverageMilli(seller common.Address) []byte {
	enc, err := reviews.abi.Pack("sellerAverageMilli", seller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSellerAverageMilli is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a7dc945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sellerAverageMilli(address seller) view returns(uint256)
func (reviews *Reviews) TryPackSellerAverageMilli(seller common.Address) ([]byte, error) {
	return reviews.abi.Pack("sellerAverageMilli", seller)
}

// UnpackSellerAverageMilli is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a7dc945.
//
// Solidity: function sellerAverageMilli(address seller) view returns(uint256)
func (reviews *Reviews) UnpackSellerAverageMilli(data []byte) (*big.Int, error) {
	out, err := reviews.abi.Unpack("sellerAverageMilli", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSellerStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5b0117a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sellerStats(address seller) view returns((uint64,uint64))
func (reviews *Reviews) PackSellerStats(seller common.Address) []byte {
	enc, err := reviews.abi.Pack("sellerStats", seller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSellerStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5b0117a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sellerStats(address seller) view returns((uint64,uint64))
func (reviews *Reviews) TryPackSellerStats(seller common.Address) ([]byte, error) {
	return reviews.abi.Pack("sellerStats", seller)
}

// UnpackSellerStats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5b0117a.
//
// Solidity: function sellerStats(address seller) view returns((uint64,uint64))
func (reviews *Reviews) UnpackSellerStats(data []byte) (ReviewsStats, error) {
	out, err := reviews.abi.Unpack("sellerStats", data)
	if err != nil {
		return *new(ReviewsStats), err
	}
	out0 := *abi.ConvertType(out[0], new(ReviewsStats)).(*ReviewsStats)
	return out0, nil
}

// ReviewsReviewed represents a Reviewed event raised by the Reviews contract.
type ReviewsReviewed struct {
	TradeId        *big.Int
	Buyer          common.Address
	Seller         common.Address
	ExchangeId     *big.Int
	SellerRating   uint8
	ExchangeRating uint8
	CommentCid     string
	Raw            *types.Log // Blockchain specific contextual infos
}

const ReviewsReviewedEventName = "Reviewed"

// ContractEventName returns the user-defined event name.
func (ReviewsReviewed) ContractEventName() string {
	return ReviewsReviewedEventName
}

// UnpackReviewedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reviewed(uint256 indexed tradeId, address indexed buyer, address indexed seller, uint256 exchangeId, uint8 sellerRating, uint8 exchangeRating, string commentCid)
func (reviews *Reviews) UnpackReviewedEvent(log *types.Log) (*ReviewsReviewed, error) {
	event := "Reviewed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reviews.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReviewsReviewed)
	if len(log.Data) > 0 {
		if err := reviews.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reviews.abi.Events[event].Inputs {
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
func (reviews *Reviews) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reviews.abi.Errors["AlreadyReviewed"].ID.Bytes()[:4]) {
		return reviews.UnpackAlreadyReviewedError(raw[4:])
	}
	if bytes.Equal(raw[:4], reviews.abi.Errors["InvalidRating"].ID.Bytes()[:4]) {
		return reviews.UnpackInvalidRatingError(raw[4:])
	}
	if bytes.Equal(raw[:4], reviews.abi.Errors["NotReviewed"].ID.Bytes()[:4]) {
		return reviews.UnpackNotReviewedError(raw[4:])
	}
	if bytes.Equal(raw[:4], reviews.abi.Errors["NotTradeBuyer"].ID.Bytes()[:4]) {
		return reviews.UnpackNotTradeBuyerError(raw[4:])
	}
	if bytes.Equal(raw[:4], reviews.abi.Errors["TradeNotCommitted"].ID.Bytes()[:4]) {
		return reviews.UnpackTradeNotCommittedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReviewsAlreadyReviewed represents a AlreadyReviewed error raised by the Reviews contract.
type ReviewsAlreadyReviewed struct {
	TradeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReviewed(uint256 tradeId)
func ReviewsAlreadyReviewedErrorID() common.Hash {
	return common.HexToHash("0x27215955c246607a99e57627d1a74cf6fa46cf62bb9cae7a150f0a2000f96572")
}

// UnpackAlreadyReviewedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReviewed(uint256 tradeId)
func (reviews *Reviews) UnpackAlreadyReviewedError(raw []byte) (*ReviewsAlreadyReviewed, error) {
	out := new(ReviewsAlreadyReviewed)
	if err := reviews.abi.UnpackIntoInterface(out, "AlreadyReviewed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReviewsInvalidRating represents a InvalidRating error raised by the Reviews contract.
type ReviewsInvalidRating struct {
	Rating uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRating(uint8 rating)
func ReviewsInvalidRatingErrorID() common.Hash {
	return common.HexToHash("0x77f73f893a9597a49efd33f65acecab22d1dfee786bbdad14fb66b98339cc654")
}

// UnpackInvalidRatingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRating(uint8 rating)
func (reviews *Reviews) UnpackInvalidRatingError(raw []byte) (*ReviewsInvalidRating, error) {
	out := new(ReviewsInvalidRating)
	if err := reviews.abi.UnpackIntoInterface(out, "InvalidRating", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReviewsNotReviewed represents a NotReviewed error raised by the Reviews contract.
type ReviewsNotReviewed struct {
	TradeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReviewed(uint256 tradeId)
func ReviewsNotReviewedErrorID() common.Hash {
	return common.HexToHash("0xef7ca59a676b6cc76173309204729f1566f11095967fd272f67a00e656354262")
}

// UnpackNotReviewedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReviewed(uint256 tradeId)
func (reviews *Reviews) UnpackNotReviewedError(raw []byte) (*ReviewsNotReviewed, error) {
	out := new(ReviewsNotReviewed)
	if err := reviews.abi.UnpackIntoInterface(out, "NotReviewed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReviewsNotTradeBuyer represents a NotTradeBuyer error raised by the Reviews contract.
type ReviewsNotTradeBuyer struct {
	TradeId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTradeBuyer(uint256 tradeId, address caller)
func ReviewsNotTradeBuyerErrorID() common.Hash {
	return common.HexToHash("0x424224b27b0f2c4abb32fc465d3dd59a6fc1c920866ff70abde57c6d8ed31475")
}

// UnpackNotTradeBuyerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTradeBuyer(uint256 tradeId, address caller)
func (reviews *Reviews) UnpackNotTradeBuyerError(raw []byte) (*ReviewsNotTradeBuyer, error) {
	out := new(ReviewsNotTradeBuyer)
	if err := reviews.abi.UnpackIntoInterface(out, "NotTradeBuyer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReviewsTradeNotCommitted represents a TradeNotCommitted error raised by the Reviews contract.
type ReviewsTradeNotCommitted struct {
	TradeId *big.Int
	State   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TradeNotCommitted(uint256 tradeId, uint8 state)
func ReviewsTradeNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x711bcd342fd8e1c7e78b994e3070d17bf2e403f4f6b100aa9dab3d2bf5f2c4a4")
}

// UnpackTradeNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TradeNotCommitted(uint256 tradeId, uint8 state)
func (reviews *Reviews) UnpackTradeNotCommittedError(raw []byte) (*ReviewsTradeNotCommitted, error) {
	out := new(ReviewsTradeNotCommitted)
	if err := reviews.abi.UnpackIntoInterface(out, "TradeNotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}
