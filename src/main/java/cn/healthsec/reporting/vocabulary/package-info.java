/**
 * API types more than one report type speaks: the designated contact, data categories, processing
 * methods, the legal bases of a cross-border transfer. Plain records and enums, part of the
 * contract (openapi/openapi.yaml), with no dependency on any capability.
 */
package cn.healthsec.reporting.vocabulary;
