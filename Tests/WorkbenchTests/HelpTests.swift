import Testing
import Language
@testable import Workbench

/// Every built-in has help; the overview, topics and glossary read right.
@Suite struct HelpTests {
    /// Every family's built-ins, plus whatever the interpreter has registered
    /// (the core built-ins once the interpreter installs them).
    static func registered() -> [String: Builtin] {
        let session = Session(output: BufferSink())
        var all = session.interpreter.builtins
        let families = MathBuiltins.all(session) + NetworkBuiltins.all(session) + TrainingBuiltins.all(session)
            + DataBuiltins.all(session) + ChartBuiltins.all(session) + FileBuiltins.all(session) + HelpBuiltins.all(session)
        for b in families { all[b.name] = b }
        return all
    }

    let builtins = HelpTests.registered()

    func page(_ topic: Value, width: Int = 72) throws -> String {
        try HelpBuiltins.page(for: topic, builtins: builtins, options: RenderOptions(width: width))
    }

    @Test func everyBuiltinHasHelp() {
        #expect(builtins.count >= 20)
        for (name, b) in builtins {
            #expect(!b.help.summary.isEmpty, "\(name) has no summary")
            #expect(!b.help.concept.isEmpty, "\(name) has no concept")
            #expect(!b.help.example.isEmpty, "\(name) has no example")
            #expect(b.help.summary.first?.isUppercase != true, "\(name)'s summary should start lower-case")
            #expect(!b.help.summary.hasSuffix("."), "\(name)'s summary should not end with a period")
        }
    }

    @Test func everyHelpExampleParses() {
        let session = Session(output: BufferSink())
        for (name, b) in builtins {
            let diagnostics = session.interpreter.check(SourceFile(name: "help(\(name))", text: b.help.example, directory: "."))
            #expect(diagnostics.isEmpty, "the example of \(name) has syntax errors: \(diagnostics.map(\.message))")
        }
    }

    @Test func overviewGroupsByConceptAndNamesTheGuides() throws {
        let text = try page(.none)
        #expect(text.contains("math"))
        #expect(text.contains("sqrt"))
        #expect(text.contains("help(\"glossary\")"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 90 })
    }

    @Test func builtinPageHasSignaturePurposeConceptExample() throws {
        let clip = try #require(builtins["clip"])
        let text = try page(.function(.builtin(clip)))
        #expect(text.hasPrefix("clip(x, lo, hi)\n  limits every element"))
        #expect(text.contains("concept: math"))
        #expect(text.contains("example:\n    clip([-2, 0.5, 3], 0, 1)"))
        #expect(try page(.string("clip")) == text)
    }

    @Test func topicsKeywordsAndActivations() throws {
        #expect(try page(.string("syntax")).contains("fn square(x)"))
        #expect(try page(.string("operators")).contains("broadcasting"))
        #expect(try page(.string("for")).contains("range"))
        #expect(try page(.string("relu")).contains("max(0, z)"))
        #expect(try page(.string("math")).contains("sqrt"))
    }

    @Test func unknownTopicSuggests() {
        do {
            _ = try HelpBuiltins.page(for: .string("sqtr"), builtins: builtins, options: RenderOptions())
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "help: no help on \"sqtr\" — did you mean \"sqrt\"?")
        }
    }

    @Test func glossaryHasEveryConceptWithArabicLast() throws {
        let text = try page(.string("glossary"))
        for term in ["Learning rate", "Epoch", "Batch size", "Backpropagation", "Perceptron", "Early stopping",
                     "Stochastic gradient descent", "Mini-batch gradient descent", "Batch gradient descent",
                     "Gradient dJ/dW^l", "Weight update", "Forward pass", "Overfitting", "Validation set",
                     "Bias", "Weight", "Neuron", "Layer", "Loss function", "Cost function J", "Sigmoid", "ReLU",
                     "Step function", "Hyperbolic tangent", "Feed-forward network", "Hyperparameter", "Stopping criteria",
                     "Symmetry breaking", "Divergence", "Deep network", "Digit recognition (OCR)", "Time series",
                     "Sliding window", "Autoencoder", "Denoising", "Reconstruction error", "Half squared error"] {
            #expect(text.contains(term), "the glossary lacks \(term)")
        }
        let lr = try #require(text.split(separator: "\n").first { $0.hasPrefix("Learning rate") })
        #expect(lr.hasSuffix("معدل التعلم"))
        #expect(lr.contains("lr=0.1"))
        #expect(text.contains("حقبة"))
        // The table's columns line up: on every row the nn column starts where the header's does.
        let lines = text.split(separator: "\n").map { Array($0) }
        let header = try #require(lines.first { $0.starts(with: "English") })
        let nnColumn = try #require(header.indices.dropFirst("English".count).first { header[$0] != " " })
        for row in lines where row.first != " " && row.contains(where: { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }) {
            #expect(row.count > nnColumn && row[nnColumn - 1] == " " && row[nnColumn] != " ", "misaligned: \(String(row))")
        }
        // A long term wraps inside the Arabic column (28 columns wide at least), so no row passes 80 columns.
        let narrow = try page(.string("glossary"), width: 64)
        for line in narrow.split(separator: "\n") where line.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) {
            let columns = line.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
            #expect(columns <= 80, "too wide: \(line)")
        }
        let wrapped = try #require(narrow.split(separator: "\n").first { $0.hasPrefix("Mini-batch gradient descent") })
        #expect(wrapped.hasSuffix("الانحدار التدرجي بالدفعات"))
        #expect(narrow.contains("\n" + String(repeating: " ", count: wrapped.count - "الانحدار التدرجي بالدفعات".count) + "الصغيرة\n"))
        for entry in Glossary.entries {
            #expect(entry.arabic.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, "\(entry.english) has no Arabic term")
        }
    }

    @Test func termsAreFoundInEnglishOrArabic() throws {
        #expect(try page(.string("epoch")).contains("one pass over all the training examples"))
        #expect(try page(.string("معدل التعلم")).contains("Learning rate"))
    }
}
