package org.babysteps.site.funding;

import org.babysteps.site.FundingStreamSummary;

/** A funding stream with the version it was read at, for an edit form that must not overwrite a newer save. */
public record VersionedFundingStream(FundingStreamSummary stream, int version) {
}
