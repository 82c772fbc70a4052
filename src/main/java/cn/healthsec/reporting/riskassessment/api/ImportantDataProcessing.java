package cn.healthsec.reporting.riskassessment.api;

import cn.healthsec.reporting.vocabulary.DataCategory;
import cn.healthsec.reporting.vocabulary.ProcessingMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Item (2): purpose, kinds, quantity, methods, scope, storage period and place of the important
 * data processed — never the data (Regulation art. 33 ¶2(2): "不包括网络数据内容本身").
 */
public record ImportantDataProcessing(
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> purposes,
        @Size(max = 7) List<DataCategory> kinds,
        @PositiveOrZero Long quantityRecords,
        @Size(max = 8) List<ProcessingMethod> methods,
        @Size(max = 500) String scope,
        @Size(max = 100) String storagePeriod,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> storagePlaces) {
}
