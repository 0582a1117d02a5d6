// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title ExchangeRegistry
/// @notice Trusted exchanges of datatrade: who runs them, where they listen, what they charge, which enclave
/// (measurement and signing address) signs for them, how their light client authenticates headers, and the
/// stake that backs the trades they serve. Ids start at 1.
/// @dev The registry admin (Ownable owner) keeps the list of revoked enclave measurements and sets the Escrow
/// once. Only the Escrow may lock, unlock and slash stake. Stake is held by this contract in wei.
contract ExchangeRegistry is Ownable, ReentrancyGuard {
    /// @notice Header authenticator of an exchange's light client: no consensus proof (local experiments only).
    uint8 public constant AUTH_DEV = 0;
    /// @notice Header authenticator of an exchange's light client: header hashes signed by a pinned authority key.
    uint8 public constant AUTH_AUTHORITY = 1;

    /// @notice One registered exchange.
    struct Exchange {
        address owner;
        string endpoint;
        uint256 fee;
        bytes32 measurement;
        address enclaveSigner;
        string evidenceCid;
        uint8 authenticator;
        address authorityKey;
        uint256 stake;
        uint256 lockedStake;
        bool active;
    }

    /// @notice Number of exchanges ever registered; ids run from 1 to exchangeCount.
    uint256 public exchangeCount;
    /// @notice The Escrow allowed to lock, unlock and slash stake (zero until set).
    address public escrow;

    mapping(uint256 => Exchange) private _exchanges;
    mapping(bytes32 => bool) private _revoked;

    event ExchangeRegistered(
        uint256 indexed id,
        address indexed owner,
        string endpoint,
        uint256 fee,
        bytes32 measurement,
        address enclaveSigner,
        string evidenceCid,
        uint8 authenticator,
        address authorityKey,
        uint256 stake
    );
    event ExchangeUpdated(
        uint256 indexed id,
        string endpoint,
        uint256 fee,
        bytes32 measurement,
        address enclaveSigner,
        string evidenceCid,
        uint8 authenticator,
        address authorityKey
    );
    event ExchangeDeregistered(uint256 indexed id);
    event StakeDeposited(uint256 indexed id, address indexed from, uint256 amount, uint256 stake);
    event StakeWithdrawn(uint256 indexed id, address indexed to, uint256 amount, uint256 stake);
    event StakeLocked(uint256 indexed id, uint256 amount, uint256 lockedStake);
    event StakeUnlocked(uint256 indexed id, uint256 amount, uint256 lockedStake);
    event StakeSlashed(uint256 indexed id, uint256 amount, address indexed to, uint256 stake);
    event MeasurementRevoked(bytes32 indexed measurement);
    event MeasurementUnrevoked(bytes32 indexed measurement);
    event EscrowSet(address indexed escrow);

    error UnknownExchange(uint256 id);
    error NotExchangeOwner(uint256 id, address caller);
    error ExchangeInactive(uint256 id);
    error ZeroAddress();
    error InvalidAuthenticator(uint8 authenticator);
    error MissingAuthorityKey();
    error InsufficientFreeStake(uint256 id, uint256 free, uint256 wanted);
    error InsufficientLockedStake(uint256 id, uint256 locked, uint256 wanted);
    error ZeroAmount();
    error NotEscrow(address caller);
    error EscrowAlreadySet(address escrow);
    error TransferFailed(address to, uint256 amount);

    constructor(address admin) Ownable(admin) {}

    modifier onlyEscrow() {
        if (msg.sender != escrow || escrow == address(0)) revert NotEscrow(msg.sender);
        _;
    }

    modifier onlyExchangeOwner(uint256 id) {
        _requireKnown(id);
        if (_exchanges[id].owner != msg.sender) revert NotExchangeOwner(id, msg.sender);
        _;
    }

    /// @notice Sets the Escrow contract, once.
    function setEscrow(address escrow_) external onlyOwner {
        if (escrow != address(0)) revert EscrowAlreadySet(escrow);
        if (escrow_ == address(0)) revert ZeroAddress();
        escrow = escrow_;
        emit EscrowSet(escrow_);
    }

    /// @notice Registers an exchange owned by the caller; msg.value is its initial stake.
    /// @return id the new exchange id (from 1).
    function register(
        string calldata endpoint,
        uint256 fee,
        bytes32 measurement,
        address enclaveSigner,
        string calldata evidenceCid,
        uint8 authenticator,
        address authorityKey
    ) external payable returns (uint256 id) {
        _checkConfig(enclaveSigner, authenticator, authorityKey);
        id = ++exchangeCount;
        Exchange storage x = _exchanges[id];
        x.owner = msg.sender;
        x.endpoint = endpoint;
        x.fee = fee;
        x.measurement = measurement;
        x.enclaveSigner = enclaveSigner;
        x.evidenceCid = evidenceCid;
        x.authenticator = authenticator;
        x.authorityKey = authorityKey;
        x.stake = msg.value;
        x.active = true;
        emit ExchangeRegistered(
            id, msg.sender, endpoint, fee, measurement, enclaveSigner, evidenceCid, authenticator, authorityKey, msg.value
        );
    }

    /// @notice Changes an exchange's configuration. Running trades keep the snapshot taken when they opened.
    function update(
        uint256 id,
        string calldata endpoint,
        uint256 fee,
        bytes32 measurement,
        address enclaveSigner,
        string calldata evidenceCid,
        uint8 authenticator,
        address authorityKey
    ) external onlyExchangeOwner(id) {
        Exchange storage x = _exchanges[id];
        if (!x.active) revert ExchangeInactive(id);
        _checkConfig(enclaveSigner, authenticator, authorityKey);
        x.endpoint = endpoint;
        x.fee = fee;
        x.measurement = measurement;
        x.enclaveSigner = enclaveSigner;
        x.evidenceCid = evidenceCid;
        x.authenticator = authenticator;
        x.authorityKey = authorityKey;
        emit ExchangeUpdated(id, endpoint, fee, measurement, enclaveSigner, evidenceCid, authenticator, authorityKey);
    }

    /// @notice Deactivates an exchange: no new trade can name it. Trades already open keep their snapshot and
    /// their locked stake; the free stake stays withdrawable.
    function deregister(uint256 id) external onlyExchangeOwner(id) {
        Exchange storage x = _exchanges[id];
        if (!x.active) revert ExchangeInactive(id);
        x.active = false;
        emit ExchangeDeregistered(id);
    }

    /// @notice Adds msg.value to an exchange's stake. Anyone may deposit.
    function depositStake(uint256 id) external payable {
        _requireKnown(id);
        if (msg.value == 0) revert ZeroAmount();
        Exchange storage x = _exchanges[id];
        x.stake += msg.value;
        emit StakeDeposited(id, msg.sender, msg.value, x.stake);
    }

    /// @notice Sends amount of the exchange's free stake (stake minus locked stake) to its owner.
    function withdrawStake(uint256 id, uint256 amount) external nonReentrant onlyExchangeOwner(id) {
        if (amount == 0) revert ZeroAmount();
        Exchange storage x = _exchanges[id];
        uint256 free = x.stake - x.lockedStake;
        if (amount > free) revert InsufficientFreeStake(id, free, amount);
        x.stake -= amount;
        emit StakeWithdrawn(id, msg.sender, amount, x.stake);
        _send(msg.sender, amount);
    }

    /// @notice Adds a measurement to the revoked list (registry admin only).
    function revokeMeasurement(bytes32 measurement) external onlyOwner {
        _revoked[measurement] = true;
        emit MeasurementRevoked(measurement);
    }

    /// @notice Removes a measurement from the revoked list (registry admin only).
    function unrevokeMeasurement(bytes32 measurement) external onlyOwner {
        _revoked[measurement] = false;
        emit MeasurementUnrevoked(measurement);
    }

    /// @notice Reports whether a measurement is on the revoked list.
    function isRevoked(bytes32 measurement) external view returns (bool) {
        return _revoked[measurement];
    }

    /// @notice Returns an exchange; reverts UnknownExchange for an id never registered.
    function getExchange(uint256 id) external view returns (Exchange memory) {
        _requireKnown(id);
        return _exchanges[id];
    }

    /// @notice Reports whether an exchange is registered and active.
    function isActive(uint256 id) external view returns (bool) {
        return id != 0 && id <= exchangeCount && _exchanges[id].active;
    }

    /// @notice Returns the stake not locked by open trades.
    function freeStake(uint256 id) public view returns (uint256) {
        _requireKnown(id);
        Exchange storage x = _exchanges[id];
        return x.stake - x.lockedStake;
    }

    /// @notice Escrow only: locks amount of free stake behind a trade.
    function lockStake(uint256 id, uint256 amount) external onlyEscrow {
        _requireKnown(id);
        Exchange storage x = _exchanges[id];
        uint256 free = x.stake - x.lockedStake;
        if (amount > free) revert InsufficientFreeStake(id, free, amount);
        x.lockedStake += amount;
        emit StakeLocked(id, amount, x.lockedStake);
    }

    /// @notice Escrow only: releases amount of locked stake.
    function unlockStake(uint256 id, uint256 amount) external onlyEscrow {
        _requireKnown(id);
        Exchange storage x = _exchanges[id];
        if (amount > x.lockedStake) revert InsufficientLockedStake(id, x.lockedStake, amount);
        x.lockedStake -= amount;
        emit StakeUnlocked(id, amount, x.lockedStake);
    }

    /// @notice Escrow only: takes amount out of the exchange's locked stake and sends it to `to`.
    function slashStake(uint256 id, uint256 amount, address to) external nonReentrant onlyEscrow {
        _requireKnown(id);
        Exchange storage x = _exchanges[id];
        if (amount > x.lockedStake) revert InsufficientLockedStake(id, x.lockedStake, amount);
        x.lockedStake -= amount;
        x.stake -= amount;
        emit StakeSlashed(id, amount, to, x.stake);
        _send(to, amount);
    }

    function _checkConfig(address enclaveSigner, uint8 authenticator, address authorityKey) private pure {
        if (enclaveSigner == address(0)) revert ZeroAddress();
        if (authenticator > AUTH_AUTHORITY) revert InvalidAuthenticator(authenticator);
        if (authenticator == AUTH_AUTHORITY && authorityKey == address(0)) revert MissingAuthorityKey();
    }

    function _requireKnown(uint256 id) private view {
        if (id == 0 || id > exchangeCount) revert UnknownExchange(id);
    }

    function _send(address to, uint256 amount) private {
        (bool ok,) = payable(to).call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
