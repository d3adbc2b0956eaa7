package io.tickwise.host.spec;

/**
 * Power of the parts of the host that are not a core's idle state. A busy physical core draws
 * {@code coreActiveW} at {@code referenceGHz}, scaled by (f / referenceGHz)^frequencyExponent
 * (dynamic power ∝ C·V²·f with V rising with f), plus {@code siblingExtraW} while its second
 * logical processor is busy too. Each socket draws {@code uncoreActiveW} while any of its cores
 * is active and {@code uncoreIdleW} in a package idle state; {@code platformW} is the rest of
 * the server (fans, memory, disks, power-supply losses).
 */
public record PowerSpec(Cited coreActiveW, Cited referenceGHz, Cited frequencyExponent, Cited siblingExtraW,
                        Cited uncoreActiveW, Cited uncoreIdleW, Cited platformW) {
}
