/**
 * Desensitisation of released data (GB/T 37964 technique families, Chinese display presets).
 * <p>
 * A {@link io.govshare.masking.MaskingPolicy} names a {@link io.govshare.masking.MaskingRule} (a
 * {@link io.govshare.masking.MaskingTechnique} with parameters, or one of the
 * {@link io.govshare.masking.MaskingPresets}) for every data item; {@link io.govshare.masking.RecordMasker}
 * compiles the policy once with a {@link io.govshare.masking.ReleaseKey} and masks records or rows. Fields the
 * policy does not name are refused. The sub-packages {@code risk} (re-identification risk) and {@code scan}
 * (finding identifiers) work beside this one.
 */
package io.govshare.masking;
