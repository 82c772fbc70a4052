package cn.healthsec.reporting.web;

/** A list operation's page size when none is asked for, and the largest it serves (the contract states both). */
public record PageSize(int fallback, int max) {
}
