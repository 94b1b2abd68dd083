package dev.steward.app.transfer;

import dev.steward.app.dialog.FileKind;

/// Lets UI tests in other packages name the file kinds the export offers.
public final class TransferViewModelAccess {
    private TransferViewModelAccess() {
    }

    public static FileKind excel() {
        return TransferViewModel.CSV_EXCEL;
    }
}
