import Foundation
import Testing
@testable import Workbench

/// `nn demo`: the bundled lecture demos, found by name, number or file name,
/// listed one line each, and saved for editing without overwriting.
@Suite struct DemoCatalogTests {
    static let courseOrder = [
        "neuron", "activations", "perceptron", "first-network", "learning-rate", "batch-size",
        "backprop", "stopping", "ocr", "time-series", "denoising", "deep-network",
    ]

    @Test func holdsTheTwelvePartsOfTheCourseInOrder() {
        let demos = DemoCatalog.all()
        #expect(demos.map(\.name) == Self.courseOrder)
        #expect(demos.map(\.number) == Array(0..<12))
        #expect(demos.map(\.fileName).first == "00-neuron.nn")
        #expect(demos.map(\.fileName).last == "11-deep-network.nn")
    }

    @Test func everyDemoOpensWithEnglishProseAndTheArabicTermAtTheEnd() {
        for demo in DemoCatalog.all() {
            #expect(!demo.title.isEmpty && demo.title.first?.isASCII == true, "\(demo.fileName)")
            #expect(demo.title.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, "\(demo.fileName) title has no Arabic term")
        }
    }

    @Test func arabicAppearsOnlyAtTheEndOfProseLines() {
        for demo in DemoCatalog.all() {
            for (index, line) in demo.source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let arabic = line.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
                guard arabic else { continue }
                let place = "\(demo.fileName):\(index + 1)"
                #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix("##"), "Arabic outside prose at \(place)")
                // After the last Arabic letter only Arabic, spaces and punctuation may follow.
                let tail = line.split(separator: "—").last.map(String.init) ?? ""
                #expect(!tail.contains { $0.isASCII && $0.isLetter }, "Latin letters after the Arabic term at \(place)")
            }
        }
    }

    @Test func everyLineWithAnArabicTermBecomesASectionTitleInTheNotebook() {
        for demo in DemoCatalog.all() {
            let layout = ScriptLayout(text: demo.source)
            for case .prose(let lines) in layout.segments {
                for line in lines where line.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) {
                    #expect(NotebookWriter.isHeading(line), "\(demo.fileName): \(line)")
                }
            }
        }
    }

    @Test func everyDemoIsAFewDozenLines() {
        for demo in DemoCatalog.all() {
            let lines = demo.source.split(separator: "\n").count
            #expect(lines >= 10 && lines <= 60, "\(demo.fileName) has \(lines) lines")
        }
    }

    @Test(arguments: ["first-network", "3", "03", "03-first-network.nn", "03-first-network"])
    func findsADemoByNameNumberOrFileName(_ query: String) throws {
        let demo = try DemoCatalog.demo(named: query)
        #expect(demo.name == "first-network")
        #expect(demo.number == 3)
        #expect(demo.source.contains("dataset(\"xor\")"))
    }

    @Test func findsADemoByAPrefixOfItsName() throws {
        #expect(try DemoCatalog.demo(named: "back").name == "backprop")
    }

    @Test(arguments: ["nothing", "42", ""])
    func anUnknownNameIsAnErrorListingTheDemos(_ query: String) {
        #expect {
            _ = try DemoCatalog.demo(named: query)
        } throws: { error in
            let message = (error as? DemoError)?.message ?? ""
            return message.hasPrefix("no demo named '\(query)'") && message.contains("first-network, learning-rate")
        }
    }

    @Test func aMisspelledNameSuggestsTheDemo() {
        #expect {
            _ = try DemoCatalog.demo(named: "percepton")
        } throws: { error in
            ((error as? DemoError)?.message ?? "").hasPrefix("no demo named 'percepton' — did you mean 'perceptron'?")
        }
    }

    @Test func aPartSharedByTwoDemosNamesBoth() {
        #expect {
            _ = try DemoCatalog.demo(named: "network")
        } throws: { error in
            ((error as? DemoError)?.message ?? "").hasPrefix("no demo named 'network' — it could be 'first-network' or 'deep-network'")
        }
        // One letter many names contain is not a guess at one of them.
        #expect(throws: DemoError.self) { try DemoCatalog.demo(named: "e") }
    }

    @Test func listingShowsOneLinePerDemoWithItsNumberAndTitle() {
        let lines = DemoCatalog.listing().split(separator: "\n").map(String.init)
        #expect(lines.count == 13)
        #expect(lines[0].contains("nn demo NAME"))
        #expect(lines[4].hasPrefix("   3  first-network"))
        #expect(lines[4].hasSuffix("الشبكة العصبية الأولى"))
        #expect(lines[12].hasPrefix("  11  deep-network"))
    }

    @Test func saveWritesTheSourceAndRefusesToOverwrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nn-demo-save-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let demo = try DemoCatalog.demo(named: "backprop")
        let path = try DemoCommand.save(demo, into: folder)
        #expect(path == folder + "/06-backprop.nn")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == demo.source)

        try "my edits".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try DemoCommand.save(demo, into: folder)
        } throws: { error in
            (error as? DemoError)?.message == "06-backprop.nn already exists here; remove or rename it first"
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my edits")
    }
}
