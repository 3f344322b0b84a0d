/// The course's vocabulary: each concept in English, how nn spells it, and
/// its Arabic term (as Arabic machine-learning courses write it).
/// `help("glossary")` prints the table; `help("epoch")` finds one entry.
///
///     Glossary.entries.first { $0.english == "Learning rate" }?.arabic   // "معدل التعلم"
struct GlossaryEntry: Sendable {
    var english: String
    var nn: String
    var arabic: String
    /// One line a student can read without the lecture notes.
    var meaning: String
}

enum Glossary {
    struct Section: Sendable {
        var title: String
        var entries: [GlossaryEntry]
    }

    static var entries: [GlossaryEntry] { sections.flatMap(\.entries) }

    static let sections: [Section] = [
        Section(title: "neurons and networks", entries: [
            e("Artificial neural network", "network(...)", "شبكة عصبية اصطناعية", "layers of neurons, each feeding the next"),
            e("Neuron (unit)", "dense(units)", "عصبون (وحدة)", "computes a weighted sum of its inputs plus a bias, then an activation"),
            e("Perceptron", "perceptron(n)", "بيرسيبترون (المُدرِك)", "one neuron with a step activation: the first learning machine"),
            e("Perceptron learning rule", "train(p, d)", "قاعدة تعلم البيرسيبترون", "w := w + lr (y - y') x, one example at a time"),
            e("Linearly separable", "scatter(d)", "قابل للفصل خطياً", "two classes a straight line (a plane) can separate; XOR is not"),
            e("XOR problem", "dataset(\"xor\")", "مسألة XOR (أو الحصرية)", "1 when exactly one input is 1: not linearly separable, so one perceptron cannot learn it"),
            e("Layer", "dense(units, f)", "طبقة", "a row of neurons that all see the same inputs"),
            e("Input layer", "input(n), layer 0", "طبقة الإدخال", "layer 0: the example's features, no weights"),
            e("Hidden layer", "net.layers[1 … L-1]", "طبقة مخفية", "a layer between the input and the output"),
            e("Output layer", "net.layers[L]", "طبقة الإخراج", "the last layer: the network's answer"),
            e("Dense layer", "dense(units, f)", "طبقة كثيفة (متصلة بالكامل)", "fully connected: every neuron is connected to every neuron of the layer before"),
            e("Feed-forward network", "network(input(2), …)", "شبكة ذات تغذية أمامية", "information flows one way, from the input to the output"),
            e("Deep network", "dense(…), dense(…), …", "شبكة عميقة", "a network with several hidden layers; each one bends the space again"),
            e("Weight", "net.layers[l].W", "وزن (الأوزان)", "W^l_(i,j): how strongly neuron j of layer l-1 drives neuron i of layer l"),
            e("Bias", "net.layers[l].b", "الانحياز (الإزاحة)", "b^l: a constant added to each neuron's weighted sum"),
            e("Weighted sum z", "z = W a + b", "المجموع الموزون", "z^l = W^l a^(l-1) + b^l: what a neuron computes before its activation"),
            e("Parameters", "summary(net)", "المعاملات (المُعلَمات)", "all the weights and biases training changes"),
            e("Weight initialization", "init=\"xavier\"", "تهيئة الأوزان", "the random starting weights: xavier, he, uniform, normal, zeros"),
            e("Symmetry breaking", "random init", "كسر التماثل", "neurons that start equal stay equal: random starts let each learn something else"),
        ]),
        Section(title: "activation functions", entries: [
            e("Activation function", "dense(units, f)", "دالة التفعيل", "a^l = f(z^l): the non-linearity applied to each neuron's sum"),
            e("Activation a^l", "forward(net, x)", "قيمة التفعيل (مخرج العصبون)", "a^l = f(z^l): what the neurons of layer l output"),
            e("Step function", "step", "دالة الخطوة (العتبة)", "1 where z >= 0, else 0: the perceptron's activation"),
            e("Sign function", "sign", "دالة الإشارة", "1 where z >= 0, else -1"),
            e("ReLU", "relu", "الوحدة الخطية المصححة", "rectified linear unit: max(0, z)"),
            e("Leaky ReLU", "leaky_relu", "دالة ReLU المُسرِّبة", "z above zero, 0.01 z below"),
            e("Sigmoid (logistic)", "sigmoid", "دالة السيغمويد (اللوجستية)", "1 / (1 + e^-z): squashes to (0, 1)"),
            e("Hyperbolic tangent", "tanh", "دالة الظل الزائدي", "squashes to (-1, 1)"),
            e("Softmax", "softmax", "دالة سوفت ماكس", "turns a vector of scores into probabilities that sum to 1"),
            e("Linear (identity)", "linear", "الدالة الخطية (المطابقة)", "f(z) = z: for regression outputs"),
            e("Derivative", "derivative(f)", "المشتقة", "f'(z): how fast f changes; backpropagation multiplies by it"),
        ]),
        Section(title: "learning", entries: [
            e("Forward pass (propagation)", "forward(net, x)", "الانتشار الأمامي", "computing each layer's a^l from the input to the output"),
            e("Loss function", "losses(net, d), loss=", "دالة الخسارة", "how wrong the network is on one example"),
            e("Cost function J", "cost(net, d), h.cost", "دالة التكلفة", "the mean loss over the examples (plus any penalty)"),
            e("Mean squared error", "loss=\"mse\"", "متوسط مربع الخطأ", "mean of (y - y')^2"),
            e("Half squared error", "loss=\"half_mse\"", "نصف مربع الخطأ", "1/2 the sum of (y - y')^2 over the outputs, as in hand derivations"),
            e("Cross-entropy", "loss=\"cross_entropy\"", "الإنتروبيا التقاطعية", "the loss for softmax classification"),
            e("Binary cross-entropy", "loss=\"bce\"", "الإنتروبيا التقاطعية الثنائية", "the loss for one sigmoid output (two classes)"),
            e("Gradient", "backward(net, d)", "التدرج (المُتَّجه التدرجي)", "the partial derivatives of J: the direction J grows fastest"),
            e("Gradient descent", "train(net, d)", "الانحدار التدرجي", "repeatedly step the weights against the gradient: W := W - lr dJ/dW"),
            e("Batch gradient descent", "batch=\"all\"", "الانحدار التدرجي الدفعي", "one update per epoch, computed from all the examples"),
            e("Mini-batch gradient descent", "batch=32", "الانحدار التدرجي بالدفعات الصغيرة", "one update per mini-batch of examples"),
            e("Stochastic gradient descent", "batch=1", "الانحدار التدرجي العشوائي", "one update per example"),
            e("Learning rate", "lr=0.1", "معدل التعلم", "how big each step of gradient descent is"),
            e("Batch size", "batch=32", "حجم الدفعة", "how many examples make one update"),
            e("Mini-batch", "batches(d, k)", "دفعة صغيرة", "a slice of the training examples used for one update"),
            e("Epoch", "epochs=100", "حقبة (دورة تدريبية كاملة)", "one pass over all the training examples"),
            e("Iteration (update)", "h.updates", "تكرار (خطوة تحديث)", "one step of the weights; ceil(m / batch) per epoch"),
            e("Backpropagation", "backward(net, d)", "الانتشار العكسي (للخطأ)", "the chain rule applied from the output layer back, giving every dJ/dW^l"),
            e("Chain rule", "trace=true", "قاعدة السلسلة", "the derivative of a composition is the product of the derivatives"),
            e("Error term delta^l", "trace=true", "حد الخطأ (دلتا)", "delta^l = dJ/dz^l, passed back one layer at a time"),
            e("Gradient dJ/dW^l", "g.layers[l].W", "مشتقة التكلفة بالنسبة للوزن", "how J changes with each weight of layer l: delta^l (a^(l-1))^T"),
            e("Gradient dJ/db^l", "g.layers[l].b", "مشتقة التكلفة بالنسبة للانحياز", "how J changes with each bias of layer l: delta^l"),
            e("Weight update", "update(net, g)", "تحديث الأوزان", "W := W - lr dJ/dW and b := b - lr dJ/db"),
            e("Optimizer", "optimizer=\"sgd\"", "خوارزمية التحسين (المُحسِّن)", "the rule that turns gradients into weight updates"),
            e("Momentum", "optimizer=\"momentum\"", "الزخم", "keeps a running velocity of past gradients to move faster and smoother"),
            e("Adam", "optimizer=\"adam\"", "مُحسِّن آدم", "momentum plus a per-weight step size from the gradients' size"),
            e("Convergence", "target_loss=0.01", "التقارب", "the cost stops improving: training has found its minimum"),
            e("Gradient check", "gradcheck(net, d)", "التحقق من التدرج", "compares backpropagation with finite differences"),
            e("Vanishing gradient", "derivative(sigmoid)", "تلاشي التدرج", "gradients shrink layer after layer, so early layers barely learn"),
            e("Hyperparameter", "lr, batch, epochs", "معامل فائق", "a setting chosen before training, not learned"),
            e("Divergence", "lr too large", "التباعد", "the cost grows instead of falling, until it overflows: the steps overshoot"),
        ]),
        Section(title: "data and evaluation", entries: [
            e("Dataset", "dataset(\"xor\")", "مجموعة بيانات", "the examples: inputs d.x and targets d.y"),
            e("Example (sample)", "d[i]", "مثال (عيّنة)", "one input with its target"),
            e("Feature", "d.features", "سِمة (خاصية)", "one input number of an example"),
            e("Label (target)", "d.y", "التسمية (القيمة المستهدفة)", "the answer the network should give"),
            e("Classification", "predict(net, d)", "التصنيف", "predicting a class"),
            e("Regression", "dataset(\"sine\")", "الانحدار", "predicting a number"),
            e("One-hot encoding", "y as one-hot rows", "الترميز الأحادي (One-hot)", "class k as a vector of zeros with a 1 at position k"),
            e("Normalization", "normalize(d)", "التقييس (التطبيع)", "each feature shifted and scaled to mean 0, variance 1"),
            e("Training set", "split(d, 0.8)", "مجموعة التدريب", "the examples the network learns from"),
            e("Test set", "split(d, 0.8)", "مجموعة الاختبار", "examples kept apart to measure the result"),
            e("Validation set", "validation=val_set", "مجموعة التحقق", "examples watched during training to detect overfitting"),
            e("Overfitting", "validation=, plot(h)", "الإفراط في التخصيص", "learning the training examples by heart: validation cost rises"),
            e("Underfitting", "plot(h)", "نقص المواءمة", "the model is too simple or trained too little"),
            e("Early stopping", "patience=10", "الإيقاف المبكر", "stop when the validation cost has not improved for a while"),
            e("Stopping criteria", "target_loss, patience", "معايير التوقف", "when training ends: after the epochs, at a low enough cost, or when it stops improving"),
            e("Generalization", "evaluate(net, test)", "التعميم", "doing well on examples the network never trained on"),
            e("Regularization (L2, L1)", "l2=0.01, l1=0.01", "التنظيم (L2, L1)", "a penalty on large weights added to the cost"),
            e("Prediction", "predict(net, d)", "التنبؤ", "the network's answer for each example"),
            e("Accuracy", "evaluate(…).accuracy", "الدقة", "the fraction of examples classified correctly"),
            e("Confusion matrix", "evaluate(…).confusion", "مصفوفة الالتباس", "counts of each true class against each predicted class"),
            e("Decision boundary", "boundary(net, d)", "حد القرار", "where the predicted class changes"),
            e("Cost curve", "plot(h)", "منحنى التكلفة", "the cost after each epoch"),
        ]),
        Section(title: "applications", entries: [
            e("Digit recognition (OCR)", "dataset(\"digits\")", "التعرف الضوئي على الأرقام", "reading digits from 8x8 images: ten classes, a softmax output"),
            e("Time series", "dataset(\"sine\")", "السلاسل الزمنية", "values measured one after another in time"),
            e("Sliding window", "windows(values, k)", "النافذة المنزلقة", "k consecutive values as the input, the next value as the target"),
            e("Autoencoder", "dense(32), dense(64)", "المشفر التلقائي", "a network trained to output its own input through a narrow layer"),
            e("Denoising", "x=noisy, y=clean", "إزالة التشويش", "learning to output the clean version of a noisy input"),
            e("Reconstruction error", "mean((a - y) ^ 2)", "خطأ إعادة البناء", "how far an autoencoder's output is from the clean target"),
        ]),
        Section(title: "tensors", entries: [
            e("Scalar", "3.5", "عدد قياسي", "a single number"),
            e("Vector", "[1, 2, 3]", "متجه", "a list of numbers"),
            e("Matrix", "[[1, 2], [3, 4]]", "مصفوفة", "a table of numbers: rows and columns"),
            e("Tensor", "type(x) == \"tensor\"", "موتر", "a vector or a matrix"),
            e("Shape", "t.shape", "الأبعاد (الشكل)", "rows x columns"),
            e("Transpose", "t.T", "منقول المصفوفة", "rows become columns"),
            e("Matrix product", "A @ B", "ضرب المصفوفات", "row i of A times column j of B gives entry (i, j)"),
            e("Dot product", "u @ v", "الضرب النقطي (القياسي)", "the sum of the products of matching elements"),
            e("Element-wise product", "A * B", "الضرب عنصراً بعنصر (هادامارد)", "multiplies matching elements (written ⊙ in the lecture)"),
            e("Broadcasting", "m + v", "البث (التوسيع التلقائي)", "a vector is added to each row of a matrix, a number to every element"),
        ]),
    ]

    private static func e(_ english: String, _ nn: String, _ arabic: String, _ meaning: String) -> GlossaryEntry {
        GlossaryEntry(english: english, nn: nn, arabic: arabic, meaning: meaning)
    }

    /// The entries whose English, nn or Arabic text contains `word` (any case).
    static func search(_ word: String) -> [GlossaryEntry] {
        let w = word.lowercased().trimmed()
        guard !w.isEmpty else { return [] }
        return entries.filter {
            $0.english.lowercased().contains(w) || $0.nn.lowercased().contains(w) || $0.arabic.contains(w)
        }
    }

    /// `text` cut at spaces into lines of at most `width` columns (combining
    /// marks such as Arabic vowel signs take no column); one word longer than
    /// that keeps its own line.
    static func wrapWords(_ text: String, width: Int) -> [String] {
        func columns(_ s: String) -> Int {
            s.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
        }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, columns(line) + 1 + columns(String(word)) > width {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(line)
        return lines
    }

    /// The whole table: English, nn, Arabic last (right-to-left text reads best at the end of a line).
    static func table(width: Int, unicode: Bool) -> String {
        let all = entries
        let englishWidth = min(34, all.map(\.english.count).max() ?? 0)
        let nnWidth = min(30, all.map(\.nn.count).max() ?? 0)
        let rule = String(repeating: unicode ? "─" : "-", count: min(width, englishWidth + nnWidth + 24))
        var lines = [
            "glossary — the course's terms in English, in nn, and in Arabic",
            "",
            "English".padding(englishWidth + 2) + "nn".padding(nnWidth + 2) + "العربية",
        ]
        for section in sections {
            lines.append(rule)
            lines.append(section.title)
            for entry in section.entries {
                // A term too long for the window wraps within its own column: a
                // terminal that wraps it instead starts the next row with Arabic.
                let arabicColumn = englishWidth + nnWidth + 4
                // At least 28 columns: most terms stay whole even at the 72 of a pipe.
                let arabic = wrapWords(entry.arabic, width: max(28, width - arabicColumn))
                lines.append(entry.english.padding(englishWidth + 2) + entry.nn.padding(nnWidth + 2) + arabic[0])
                for rest in arabic.dropFirst() {
                    lines.append(String(repeating: " ", count: arabicColumn) + rest)
                }
            }
        }
        lines.append("")
        lines.append("help(\"epoch\") (any word, in English or Arabic) shows what a term means")
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string without spaces at either end.
    func trimmed() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
