package vn.hanoi.gbv.audit.statistics.adapters.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook, one sheet "Thống kê", with a bold header row, counts as numbers and a
 * suppressed count as an empty cell marked in the note. Every text goes in as a string cell, never a formula,
 * so nothing in a value can run in the spreadsheet.
 */
final class StatisticsWorkbook {

    static final String SHEET = "Thống kê";

    private StatisticsWorkbook() {
    }

    static byte[] of(StatisticsTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (StatisticsTable.Line line : table.lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.period());
                row.createCell(1).setCellValue(line.place());
                row.createCell(2).setCellValue(line.dimension());
                row.createCell(3).setCellValue(line.value());
                Cell count = row.createCell(4);
                if (line.count() != null) {
                    count.setCellValue(line.count());
                }
                row.createCell(5).setCellValue(line.note());
                row.createCell(6).setCellValue(line.code());
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < table.headers().size(); i++) {
                sheet.setColumnWidth(i, i == 2 || i == 5 ? 50 * 256 : 22 * 256); // no autosize: it needs fonts
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
