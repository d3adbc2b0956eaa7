package io.tickwise.report.findings;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.tickwise.report.data.Curves;

/**
 * One quantitative test of a finding against the means of the results. The {@code kind}
 * key of a findings file picks the record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = GrowthCheck.class, name = "growth"),
        @JsonSubTypes.Type(value = GrowthBelowCheck.class, name = "growthBelow"),
        @JsonSubTypes.Type(value = RatioCheck.class, name = "ratio"),
        @JsonSubTypes.Type(value = SpreadCheck.class, name = "spread"),
        @JsonSubTypes.Type(value = BestCheck.class, name = "best"),
})
public sealed interface Check permits GrowthCheck, GrowthBelowCheck, RatioCheck, SpreadCheck, BestCheck {

    CheckOutcome evaluate(Curves curves);
}
