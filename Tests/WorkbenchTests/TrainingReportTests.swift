import Testing
@testable import Workbench

/// Report lines fold at their top-level commas to fit a terminal.
@Suite struct TrainingReportTests {
    let settings = "train: m = 150, mini-batch gradient descent (batch 32, 5 updates per epoch), lr 0.1, sgd, loss cross_entropy (softmax output → cross_entropy), validation 150"

    @Test func aLongLineFoldsAtCommasOutsideParentheses() {
        let folded = TrainingReport.folded(settings, width: 79, indent: 7)
        #expect(folded == """
        train: m = 150, mini-batch gradient descent (batch 32, 5 updates per epoch),
               lr 0.1, sgd, loss cross_entropy (softmax output → cross_entropy),
               validation 150
        """)
        #expect(folded.split(separator: "\n").allSatisfy { $0.count <= 79 })
    }

    @Test func aLineThatFitsIsLeftAlone() {
        #expect(TrainingReport.folded(settings, width: 200, indent: 7) == settings)
        // Too narrow to fold sensibly: the terminal may wrap it.
        #expect(TrainingReport.folded(settings, width: 20, indent: 7) == settings)
    }

    @Test func aPieceLongerThanTheWidthStaysWhole() {
        let line = "stopped at epoch 3 (patience 2): validation cost did not improve for 2 epochs, best 0.3336 at epoch 1 (15 updates, 0.0 s)"
        let folded = TrainingReport.folded(line, width: 40, indent: 4)
        #expect(folded.split(separator: "\n").map(String.init) == [
            "stopped at epoch 3 (patience 2):",
            "    validation cost did not improve for 2 epochs,",
            "    best 0.3336 at epoch 1 (15 updates, 0.0 s)",
        ])
    }

    @Test func anInterruptionFoldsAfterItsColon() {
        let line = "interrupted at epoch 2704182/3000000 (2704181 epochs done, 2704181 updates): the network keeps its weights"
        #expect(TrainingReport.folded(line, width: 99, indent: 4) == """
        interrupted at epoch 2704182/3000000 (2704181 epochs done, 2704181 updates):
            the network keeps its weights
        """)
    }
}
