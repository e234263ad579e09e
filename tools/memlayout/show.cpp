#include "show.hpp"

#include "compile_commands.hpp"
#include "layout_cache.hpp"
#include "process.hpp"

#include <memlayout/detail/layout_image.hpp>
#include <memlayout/json.hpp>
#include <memlayout/reorder.hpp>
#include <memlayout/report.hpp>
#include <memlayout/snapshot.hpp>
#include <memlayout/svg.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

#ifndef MEMLAYOUT_VERSION
#define MEMLAYOUT_VERSION "unknown"
#endif
#ifndef MEMLAYOUT_SOURCE_INCLUDE_DIR
#define MEMLAYOUT_SOURCE_INCLUDE_DIR ""
#endif
#ifndef MEMLAYOUT_INSTALLED_INCLUDE_DIR
#define MEMLAYOUT_INSTALLED_INCLUDE_DIR "../include"
#endif
#ifndef MEMLAYOUT_BOOST_INCLUDE_DIR
#define MEMLAYOUT_BOOST_INCLUDE_DIR "/usr/include"
#endif

namespace memlayout::tool {

namespace fs = std::filesystem;

namespace {

// One line on standard error, and exit status 2.
struct show_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A target `--target` names: the abi:: tag memlayout predicts it with, and the compilers that
// build for it, tried in order (`{cxx}` is the --cxx compiler).
struct target_entry {
    std::string name;
    std::string tag;
    std::vector<std::vector<std::string>> compilers;
    std::string missing;  // why no compiler of it can be had, where none is listed
};

const std::vector<target_entry>& target_table() {
    static const std::vector<target_entry> table = {
        {"x86_64", "x86_64", {{"{cxx}"}, {"{cxx}", "-m64"}}, {}},
        {"i386", "i386", {{"{cxx}", "-m32"}}, {}},
        {"armhf", "armhf", {{"arm-linux-gnueabihf-g++"}, {"arm-linux-gnueabihf-g++-12"}, {"arm-linux-gnueabihf-g++-13"}}, {}},
        {"aarch64", "aarch64", {{"aarch64-linux-gnu-g++"}, {"aarch64-linux-gnu-g++-12"}, {"aarch64-linux-gnu-g++-13"}}, {}},
        {"win64-mingw", "win64_mingw", {{"x86_64-w64-mingw32-g++"}, {"x86_64-w64-mingw32-g++-posix"}}, {}},
        // clang lays records out by MSVC's rules for this target, but memlayout needs a standard
        // library to compile, and MSVC's is not on Debian.
        {"win64-msvc", "win64_msvc", {}, "no MSVC standard library here to compile memlayout against"},
    };
    return table;
}

const target_entry& find_target(const std::string& name) {
    for (const target_entry& t : target_table())
        if (t.name == name) return t;
    throw show_error("unknown target `" + name + "`");
}

std::string joined(const std::vector<std::string>& words, std::string_view separator = " ") {
    std::string text;
    for (const std::string& w : words) text += (text.empty() ? "" : std::string(separator)) + w;
    return text;
}

// The compilation that gives the layouts.
struct build_plan {
    std::vector<std::string> compiler;  // the command and its own flags (-m32)
    std::string compiler_path;          // where the command's program is
    std::vector<std::string> flags;     // the user's and the build's
    std::string directory;              // where it runs
    std::string target;                 // the target asked for; empty: the compiler's own
    std::string tag = "host";           // abi:: tag of the layouts: host, or the predicted target
    std::string assumed = "memlayout::abi::assume::nothing";  // what the user stated of the source
    std::string provenance;             // said before the layouts
    bool predicted = false;
};

std::string memlayout_include_directory() {
    // Installed: the headers beside the command (bin/../include); in the build tree: the sources.
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path installed = (self.parent_path() / MEMLAYOUT_INSTALLED_INCLUDE_DIR).lexically_normal();
        if (fs::exists(installed / "memlayout" / "detail" / "layout_image.hpp")) return installed.string();
    }
    if (fs::exists(fs::path(MEMLAYOUT_SOURCE_INCLUDE_DIR) / "memlayout" / "detail" / "layout_image.hpp"))
        return MEMLAYOUT_SOURCE_INCLUDE_DIR;
    throw show_error("cannot find memlayout's headers beside the command (" + (self.parent_path() / MEMLAYOUT_INSTALLED_INCLUDE_DIR).string() + ")");
}

// Each --assume as the command spells it, its memlayout::abi::assume name, and whether it is
// one of the integers' spellings, of which a type's members use one (alternatives).
struct assume_name {
    std::string spelled;
    std::string name;
    bool spelling;
};
const std::vector<assume_name>& assume_names() {
    static const std::vector<assume_name> names = {
        {"fixed-width-integers", "fixed_width_integers", true},
        {"pointer-sized-integers", "pointer_sized_integers", true},
        {"keyword-integers", "keyword_integers", true},
        {"natural-alignment", "natural_alignment", false},
        {"named-bit-fields", "named_bit_fields", false},
    };
    return names;
}

std::string assumed_expression(const std::vector<std::string>& assume) {
    std::string expression = "memlayout::abi::assume::nothing";
    for (const std::string& a : assume) {
        bool known = false;
        for (const auto& [spelled, name, spelling] : assume_names())
            if (a == spelled || a == name) {
                expression += " | memlayout::abi::assume::" + name;
                known = true;
            }
        if (!known) throw show_error("unknown --assume `" + a + "`: say fixed-width-integers, pointer-sized-integers, keyword-integers, natural-alignment or named-bit-fields");
    }
    return expression;
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw show_error("cannot write " + path);
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string compiler_identity(const std::string& path) {
    std::error_code error;
    const fs::path real = fs::canonical(path, error);
    struct stat st {};
    if (error || stat(real.c_str(), &st) != 0) return path;
    return real.string() + " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec);
}

// Whether `compiler` builds a translation unit with a standard header: g++ -m32 without the
// i386 libraries does not. The answer is kept in the cache, keyed by the compiler's identity.
bool compiler_works(const std::vector<std::string>& compiler, const std::vector<std::string>& extra,
                    const std::string& work, const layout_cache& cache) {
    std::vector<std::string> key_inputs = {"probe", MEMLAYOUT_VERSION};
    key_inputs.push_back(compiler_identity(find_program(compiler.front())));
    key_inputs.insert(key_inputs.end(), compiler.begin(), compiler.end());
    const std::string key = layout_cache::key_of(key_inputs);
    if (const std::optional<std::string> known = cache.find(key)) return *known == "works";
    write_file(work + "/probe.cpp", "#include <cstddef>\n");
    std::vector<std::string> argv = compiler;
    argv.insert(argv.end(), extra.begin(), extra.end());
    argv.insert(argv.end(), {"-std=c++20", "-fsyntax-only", work + "/probe.cpp"});
    const bool works = run_process(argv).status == 0;
    cache.store(key, {}, works ? "works" : "fails");
    return works;
}

build_plan plan_build(const show_request& request, const std::string& work, const layout_cache& cache) {
    build_plan plan;
    plan.assumed = assumed_expression(request.assume);
    std::string cxx = request.cxx;
    std::vector<std::string> build_flags;
    if (!request.compile_commands.empty()) {
        if (request.source.empty()) throw show_error("--compile-commands needs --source FILE: the source file whose flags to take");
        try {
            compile_command command = read_compile_command(request.compile_commands, request.source);
            if (cxx.empty()) cxx = command.compiler;
            build_flags = std::move(command.flags);
            plan.directory = command.directory;
        } catch (const bad_compile_commands& error) {
            throw show_error(error.what());
        }
    }
    if (cxx.empty()) {
        const char* env = std::getenv("CXX");
        cxx = env != nullptr && *env != 0 ? env : "c++";
    }
    std::vector<std::string> cxx_words = split_command(cxx);
    if (cxx_words.empty()) throw show_error("--cxx names no compiler");

    auto resolved = [&](std::vector<std::string> words) {
        for (std::string& w : words)
            if (w == "{cxx}") w = cxx_words.front();
        if (words.front() == cxx_words.front()) words.insert(words.begin() + 1, cxx_words.begin() + 1, cxx_words.end());
        return words;
    };
    if (find_program(cxx_words.front()).empty()) throw show_error("no compiler `" + cxx_words.front() + "` on the PATH (--cxx, or $CXX)");

    if (request.target.empty()) {
        plan.compiler = cxx_words;
        plan.provenance = "its compiler's own layout (" + cxx + ")";
    } else {
        const target_entry& target = find_target(request.target);
        plan.target = target.name;
        std::vector<std::string> tried;
        // An explicit --cxx for a cross target is that target's compiler.
        std::vector<std::vector<std::string>> candidates = target.compilers;
        if (!request.cxx.empty() && target.name != "i386" && target.name != "x86_64" && !target.compilers.empty())
            candidates.insert(candidates.begin(), {"{cxx}"});
        for (const std::vector<std::string>& candidate : candidates) {
            std::vector<std::string> words = resolved(candidate);
            tried.push_back(joined(words));
            if (find_program(words.front()).empty()) continue;
            std::vector<std::string> extra;
            if (std::find(words.begin(), words.end(), "-m32") != words.end()) {
                // Debian's gcc-multilib adds /usr/include/asm for i386 builds; without it, the
                // host's asm headers serve both x86 ABIs (they are the same files).
                if (!fs::exists("/usr/include/asm") && fs::exists("/usr/include/x86_64-linux-gnu/asm")) {
                    fs::create_directories(work + "/m32-include");
                    fs::create_symlink("/usr/include/x86_64-linux-gnu/asm", work + "/m32-include/asm");
                    extra = {"-isystem", work + "/m32-include"};
                }
                if (!compiler_works(words, extra, work, cache)) continue;
            }
            plan.compiler = words;
            plan.compiler.insert(plan.compiler.end(), extra.begin(), extra.end());
            plan.provenance = "its compiler's own layout (" + joined(words) + ")";
            break;
        }
        if (plan.compiler.empty()) {
            plan.compiler = cxx_words;
            plan.tag = target.tag;
            plan.predicted = true;
            plan.provenance = target.name + ": PREDICTED from its data model by memlayout, not a compiler's figure (" +
                              (target.missing.empty() ? "no compiler for it here: tried " + joined(tried, ", ") : target.missing) + ")";
        }
    }
    plan.compiler_path = find_program(plan.compiler.front());
    if (plan.compiler_path.empty()) throw show_error("no compiler `" + plan.compiler.front() + "` on the PATH");
    if (!request.standard.empty()) plan.flags.push_back("-std=" + request.standard);
    else if (std::none_of(build_flags.begin(), build_flags.end(), [](const std::string& f) { return f.starts_with("-std="); }))
        plan.flags.push_back("-std=c++20");
    for (const std::string& dir : request.include_dirs) plan.flags.push_back("-I" + dir);
    for (const std::string& define : request.defines) plan.flags.push_back("-D" + define);
    plan.flags.insert(plan.flags.end(), build_flags.begin(), build_flags.end());
    return plan;
}

// The line of the translation unit each part is on, to tell which one an error is about.
struct unit_lines {
    std::vector<std::size_t> include_line;  // per header
    std::vector<std::size_t> type_line;     // per type: its `using` line
};

std::string include_line(const std::string& header) {
    // A file that exists from here is included by its path; anything else as the program would.
    std::error_code error;
    if (fs::is_regular_file(header, error)) return "#include \"" + fs::absolute(header).lexically_normal().string() + "\"";
    return "#include <" + header + ">";
}

// The translation unit: the headers, then the image of each type's layout as data.
std::string write_unit(const show_request& request, const build_plan& plan, const std::vector<std::size_t>& types,
                       bool refusal, unit_lines& lines) {
    std::string text = "// Written by memlayout show " MEMLAYOUT_VERSION ".\n";
    std::size_t line = 2;
    for (const std::string& header : request.includes) {
        lines.include_line.push_back(line++);
        text += include_line(header) + "\n";
    }
    text += "#include <memlayout/detail/layout_image.hpp>\n";
    ++line;
    lines.type_line.assign(request.types.size(), 0);
    const std::string target = "memlayout::abi::" + plan.tag;
    for (const std::size_t i : types) {
        const std::string alias = "memlayout_show_type_" + std::to_string(i);
        lines.type_line[i] = line;
        text += "using " + alias + " = " + request.types[i] + ";\n";
        if (refusal) text += "constexpr memlayout::layout memlayout_show_" + std::to_string(i) + " = memlayout::layout_of<" + alias + ", " + target + ", " + plan.assumed + ">();\n";
        else text += "extern \"C\" constinit const auto memlayout_show_" + std::to_string(i) + " = memlayout::detail::layout_image<" + alias + ", " + target + ", " + plan.assumed + ">();\n";
        line += 2;
    }
    return text;
}

std::vector<std::string> compile_command_of(const build_plan& plan, const std::string& include, const std::string& work,
                                            const std::string& unit, const std::string& output, bool assembly) {
    std::vector<std::string> argv = plan.compiler;
    // memlayout's headers first: the image format must be this command's. Boost from a
    // directory of its own: a cross compiler must not see the host's other headers.
    argv.insert(argv.end(), {"-I", include, "-isystem", work + "/boost-include", "-w"});
    argv.insert(argv.end(), plan.flags.begin(), plan.flags.end());
    if (assembly) argv.insert(argv.end(), {"-fno-lto", "-S", "-o", output, "-MD", "-MF", work + "/show.d", unit});
    else argv.insert(argv.end(), {"-fsyntax-only", unit});
    return argv;
}

// What the compiler's first error says, in one line, and which type or header it is about.
std::string explain_failure(const std::string& errors, const std::string& unit, const show_request& request,
                            const unit_lines& lines) {
    static const std::regex diagnostic(R"(^(.*?):(\d+):(?:\d+:)? (?:fatal error|error): (.*)$)");
    struct error_line {
        std::string file;
        std::size_t at;
        std::string message;
    };
    std::vector<error_line> found;
    std::istringstream in(errors);
    for (std::string line; std::getline(in, line);)
        if (std::smatch m; std::regex_match(line, m, diagnostic)) found.push_back({m[1], std::stoul(m[2]), m[3]});
    // A refusal's sentence wherever it is: GCC may say first that a carrier type is incomplete.
    // A statement the refusal asks for, as this command takes it.
    for (const error_line& e : found)
        if (const std::size_t memlayout = e.message.find("memlayout: "); memlayout != std::string::npos) {
            std::string sentence = e.message.substr(memlayout);
            // The integers' spellings a refusal names are alternatives: joined by "or"; the
            // others are stated together.
            std::string options;
            std::string spellings;
            for (const auto& [spelled, name, spelling] : assume_names()) {
                if (sentence.find("abi::assume::" + name) == std::string::npos) continue;
                if (spelling) spellings += (spellings.empty() ? " --assume " : " or --assume ") + spelled;
                else options += " --assume " + spelled;
            }
            options += spellings;
            if (!options.empty()) sentence += " (memlayout show:" + options + ")";
            return sentence;
        }
    for (const auto& [file, at, message] : found) {
        if (file == unit) {
            for (std::size_t i = 0; i < lines.include_line.size(); ++i)
                if (lines.include_line[i] == at) return "cannot include `" + request.includes[i] + "`: " + message;
            for (std::size_t i = 0; i < lines.type_line.size(); ++i)
                if (lines.type_line[i] == at) return "`" + request.types[i] + "` is not a type these headers declare: " + message;
        } else if (file.find("/memlayout/") == std::string::npos) {
            return "the headers do not compile: " + file + ":" + std::to_string(at) + ": " + message;
        }
        return "the compiler failed: " + file + ":" + std::to_string(at) + ": " + message;
    }
    const std::size_t end = errors.find('\n');
    return "the compiler failed: " + (errors.empty() ? std::string("no message") : errors.substr(0, end));
}

// The words of the array `memlayout_show_<i>` in GCC's or Clang's assembly, any target.
std::vector<std::uint32_t> image_words(const std::string& assembly, std::size_t i) {
    const std::string label = "memlayout_show_" + std::to_string(i) + ":";
    std::vector<std::uint32_t> words;
    std::size_t at = assembly.find("\n" + label);
    if (at == std::string::npos) throw show_error("the compiler's assembly holds no " + label.substr(0, label.size() - 1));
    std::istringstream in(assembly.substr(at + 1 + label.size()));
    std::string line;
    while (std::getline(in, line)) {
        for (const char comment : {'#', '@', ';'})
            if (const std::size_t c = line.find(comment); c != std::string::npos) line.erase(c);
        std::istringstream words_in(line);
        std::string directive, argument;
        words_in >> directive >> argument;
        if (directive.empty()) continue;
        if (directive == ".long" || directive == ".word" || directive == ".4byte" || directive == ".int") {
            const long long value = std::stoll(argument, nullptr, argument.starts_with("0x") ? 16 : 10);
            words.push_back(static_cast<std::uint32_t>(value));
        } else if (directive == ".zero" || directive == ".space") {
            words.insert(words.end(), std::stoull(argument) / 4, 0);
        } else {
            break;  // the next label or .size: the array has ended
        }
    }
    return words;
}

// The answer for each type: its image's words, or the sentence of memlayout's refusal.
struct type_answer {
    bool refused = false;
    std::vector<std::uint32_t> words;
    std::string refusal;
};

std::string encode_answers(const std::vector<type_answer>& answers) {
    std::string text;
    for (const type_answer& a : answers) {
        if (a.refused) {
            text += "refused " + a.refusal + "\n";
            continue;
        }
        text += "image";
        for (const std::uint32_t w : a.words) text += " " + std::to_string(w);
        text += "\n";
    }
    return text;
}

std::vector<type_answer> decode_answers(const std::string& text, std::size_t count) {
    std::vector<type_answer> answers;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        type_answer a;
        if (line.starts_with("refused ")) {
            a.refused = true;
            a.refusal = line.substr(8);
        } else if (line.starts_with("image")) {
            std::istringstream numbers(line.substr(5));
            for (std::uint32_t w; numbers >> w;) a.words.push_back(w);
        } else {
            return {};
        }
        answers.push_back(std::move(a));
    }
    if (answers.size() != count) return {};
    return answers;
}

struct work_directory {
    std::string path;
    explicit work_directory() {
        char name[] = "/tmp/memlayout-show-XXXXXX";
        if (mkdtemp(name) == nullptr) throw show_error("cannot create a temporary directory");
        path = name;
    }
    ~work_directory() {
        std::error_code error;
        fs::remove_all(path, error);
    }
    work_directory(const work_directory&) = delete;
    work_directory& operator=(const work_directory&) = delete;
};




// Compiles the unit, reads the images, and asks layout_of for the reason of each refusal.
std::vector<type_answer> compile_answers(const show_request& request, const build_plan& plan, const std::string& include,
                                         const work_directory& work, const std::string& unit_text, const unit_lines& lines,
                                         std::vector<std::string>& dependencies) {
    const std::string unit = work.path + "/show.cpp";
    write_file(unit, unit_text);
    const std::vector<std::string> argv = compile_command_of(plan, include, work.path, unit, work.path + "/show.s", true);
    if (request.verbose) std::fprintf(stderr, "memlayout show: %s\n", joined(argv).c_str());
    const process_result result = run_process(argv, plan.directory);
    if (request.verbose) std::fprintf(stderr, "%s", result.err.c_str());
    if (result.status == 127 && result.err.empty()) throw show_error("cannot run `" + plan.compiler.front() + "`");
    if (result.status != 0) throw show_error(explain_failure(result.err, unit, request, lines));
    const std::string assembly = read_file(work.path + "/show.s");
    std::vector<type_answer> answers(request.types.size());
    for (std::size_t i = 0; i < answers.size(); ++i) {
        answers[i].words = image_words(assembly, i);
        if (answers[i].words.size() != 1) continue;
        // Refused: layout_of says why, in its first error.
        answers[i].refused = true;
        unit_lines refusal_lines;
        const std::string refusal_unit = work.path + "/refusal.cpp";
        write_file(refusal_unit, write_unit(request, plan, {i}, true, refusal_lines));
        const process_result why = run_process(compile_command_of(plan, include, work.path, refusal_unit, {}, false), plan.directory);
        if (request.verbose) std::fprintf(stderr, "%s", why.err.c_str());
        answers[i].refusal = why.status == 0 ? "memlayout: refused, and layout_of gave no reason (please report this)"
                                             : explain_failure(why.err, refusal_unit, request, refusal_lines);
    }
    dependencies.clear();
    for (const std::string& file : read_dependency_file(work.path + "/show.d")) {
        if (file == unit) continue;
        const fs::path path = fs::path(file).is_absolute() || plan.directory.empty() ? fs::path(file) : fs::path(plan.directory) / file;
        std::error_code error;
        const fs::path real = fs::canonical(path, error);  // through the work directory's links
        dependencies.push_back(error ? path.string() : real.string());
    }
    return answers;
}

void set_up_work_directory(const work_directory& work) {
    fs::create_directories(work.path + "/boost-include");
    fs::create_symlink(fs::path(MEMLAYOUT_BOOST_INCLUDE_DIR) / "boost", work.path + "/boost-include/boost");
}

// pahole --reorganize: the struct again in the order memlayout advises, where that saves bytes
// and every member can move (no bit-field, whose bits the ABI places again, and no base).
std::string reorganized(const layout& L, const report_options& options) {
    const reorder_advice advice = optimal_order(L, options.cache_line);
    if (!advice.reorders() || advice.saved_bytes == 0) return {};
    for (const field& f : L.fields)
        if (f.is_bit_field() || f.base || f.vptr) return {};
    std::vector<field> fields;
    for (std::size_t k = 0; k < advice.count; ++k) {
        fields.push_back(L.fields[advice.order[k]]);
        fields.back().offset = advice.offsets[k];
    }
    layout R = L;
    R.fields = fields;
    R.size = advice.size;
    std::string text = report(R, options);
    text.insert(0, "\n/* memlayout: " + std::string(L.type_name) +
                       " reorganized, largest alignment first (advice: no compiler laid this out" +
                       (advice.exact ? "" : "; if no member has an alignas that did not move it") + ") */\n");
    auto counted = [](std::size_t n, const char* what) { return std::to_string(n) + " " + what + (n == 1 ? "" : "s"); };
    const std::size_t lines = advice.cache_lines_before - advice.cache_lines;
    return text + "/* saved " + counted(advice.saved_bytes, "byte") + (lines != 0 ? " and " + counted(lines, "cacheline") : "") +
           "! */\n";
}

}  // namespace

const std::vector<std::string>& show_targets() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n;
        for (const target_entry& t : target_table()) n.push_back(t.name);
        return n;
    }();
    return names;
}

int run_show(const show_request& request) {
    try {
        if (request.types.empty()) throw show_error("no TYPE to show");
        if (request.format == "svg" && request.types.size() != 1) throw show_error("--format svg draws one TYPE; ask for each in turn");
        if (request.cache_line == 0) throw show_error("--cache-line must be at least 1");
        const work_directory work;
        set_up_work_directory(work);
        const layout_cache cache(request.cache_directory);
        const build_plan plan = plan_build(request, work.path, cache);
        const std::string include = memlayout_include_directory();

        // The key: everything the answer depends on but the headers' contents, which the cache
        // checks file by file.
        unit_lines lines;
        std::vector<std::size_t> all(request.types.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
        const std::string unit_text = write_unit(request, plan, all, false, lines);
        std::vector<std::string> key_inputs = {MEMLAYOUT_VERSION, compiler_identity(plan.compiler_path), joined(plan.compiler, "\n"),
                                               joined(plan.flags, "\n"), plan.directory, include,
                                               unit_text};
        if (!plan.directory.empty() || std::any_of(request.includes.begin(), request.includes.end(), [](const std::string& h) { return fs::exists(h); }))
            key_inputs.push_back(fs::current_path().string());
        const std::string key = layout_cache::key_of(key_inputs);
        std::vector<type_answer> answers;
        if (const std::optional<std::string> cached = cache.find(key)) answers = decode_answers(*cached, request.types.size());
        if (answers.empty()) {
            std::vector<std::string> dependencies;
            answers = compile_answers(request, plan, include, work, unit_text, lines, dependencies);
            cache.store(key, dependencies, encode_answers(answers));
        } else if (request.verbose) {
            std::fprintf(stderr, "memlayout show: from the cache (%s/%s)\n", cache.directory().c_str(), key.c_str());
        }

        detail::image_reader reader;
        std::vector<layout> layouts;
        std::string native;
        bool refused = false;
        std::string headers;
        for (const std::string& h : request.includes) headers += (headers.empty() ? "" : ", ") + h;
        for (std::size_t i = 0; i < answers.size(); ++i) {
            if (answers[i].refused) {
                std::fprintf(stderr, "memlayout show: %s%s%s: %s\n", request.types[i].c_str(), headers.empty() ? "" : " (from ",
                             headers.empty() ? "" : (headers + ")").c_str(), answers[i].refusal.c_str());
                refused = true;
                continue;
            }
            try {
                layouts.push_back(reader.read(answers[i].words));
            } catch (const detail::image_reader::bad_image& error) {
                throw show_error(std::string("cannot read the layout of ") + request.types[i] + ": " + error.what());
            }
            native = reader.native();
        }
        if (!plan.target.empty() && !plan.predicted && !layouts.empty() && native != plan.target)
            throw show_error("`" + joined(plan.compiler) + "` builds for " + native + ", not " + plan.target);

        std::string out;
        if (layouts.empty()) return 2;  // every TYPE refused, each said why
        const std::string model = plan.predicted ? plan.target : native;
        const std::string provenance = plan.predicted ? plan.provenance : model + ": " + plan.provenance;
        if (request.format == "report") {
            out += "/* memlayout show: " + provenance + " */\n";
            for (const layout& L : layouts)
                out += "\n" + report(L, report_options{request.cache_line, request.expand, request.reorganize}) +
                       (request.reorganize ? reorganized(L, report_options{request.cache_line, request.expand, false}) : "");
        } else if (request.format == "json") {
            out = json_snapshot(layouts);
        } else if (request.format == "svg") {
            out = to_svg(layouts.front(), svg_options{.cache_line = request.cache_line});
        } else if (request.format == "contracts") {
            // The contracts name each type as the user spelled it: `struct stat`, where `stat` alone
            // is also a function. (A spelling with a comma would split the macros' arguments.)
            std::vector<layout> named = layouts;
            for (std::size_t i = 0, k = 0; i < answers.size(); ++i)
                if (!answers[i].refused) {
                    if (request.types[i].find(',') == std::string::npos) named[k].type_name = request.types[i];
                    ++k;
                }
            out = "// memlayout show: " + provenance + "\n" + emit_contracts(named, model);
        } else {
            throw show_error("unknown --format `" + request.format + "`: say report, json, svg or contracts");
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
        return refused ? 2 : 0;
    } catch (const show_error& error) {
        std::fprintf(stderr, "memlayout show: %s\n", error.what());
        return 2;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "memlayout show: %s\n", error.what());
        return 2;
    }
}

}  // namespace memlayout::tool
