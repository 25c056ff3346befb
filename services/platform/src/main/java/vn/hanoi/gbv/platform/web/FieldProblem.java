package vn.hanoi.gbv.platform.web;

/** One bad field of a request: its path as the client wrote it ({@code survivor.phone}, {@code needs[1]}). */
public record FieldProblem(String field, String message) {
}
