package dev.steward.model.controls;

/// Why a control applies to a classified integration.
public enum ApplicabilityBasis {
    /// A classification rule listed it as required.
    REQUIRED_BY_RULE,
    /// The integration is (or is treated as) an NHI and its tier reaches the control's threshold.
    NHI_AT_TIER,
    /// Not an NHI, but the registration control still applies so the verdict keeps an owner.
    REGISTRATION_OF_NON_NHI
}
