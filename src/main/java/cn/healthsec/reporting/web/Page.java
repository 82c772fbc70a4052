package cn.healthsec.reporting.web;

import java.util.List;

/** A page of a list, oldest first; {@code next} is the cursor for the following page, or null at the end. */
public record Page<T>(List<T> entries, String next) {
}
