package cn.healthsec.reporting.catalogue;

import cn.healthsec.reporting.web.Csv;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One item of an institution's current catalogue, as an authority compiles it. */
public record AuthorityCatalogueView(
        String institution,
        String institutionName,
        String itemId,
        String name,
        String source,
        String category,
        String grade,
        long records,
        long personalInformationSubjects,
        Long volumeBytes,
        boolean storageDomestic,
        String storageRegion,
        boolean crossBorder,
        String crossBorderLegalBasis,
        LocalDate reviewedOn,
        String reportReference,
        OffsetDateTime receivedAt) {

    static final String CSV_HEADER = "institution,institutionName,itemId,name,source,category,grade,records,"
            + "personalInformationSubjects,volumeBytes,storageDomestic,storageRegion,crossBorder,crossBorderLegalBasis,"
            + "reviewedOn,reportReference,receivedAt";

    /** RFC 4180: quote every text field, double inner quotes; guard against spreadsheet formulas. */
    String csvRow() {
        return String.join(",", text(institution), text(institutionName), text(itemId), text(name), text(source),
                category, grade, String.valueOf(records), String.valueOf(personalInformationSubjects),
                volumeBytes == null ? "" : String.valueOf(volumeBytes), String.valueOf(storageDomestic),
                text(storageRegion), String.valueOf(crossBorder), crossBorderLegalBasis == null ? "" : crossBorderLegalBasis,
                reviewedOn.toString(), text(reportReference), receivedAt.toString());
    }

    private static String text(String value) {
        return Csv.text(value);
    }
}
