#include "process.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <string_view>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace memlayout::tool {

namespace {

std::string read_all(int fd) {
    std::string text;
    lseek(fd, 0, SEEK_SET);
    char buffer[65536];
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
    return text;
}

bool is_executable_file(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
}

}  // namespace

process_result run_process(const std::vector<std::string>& argv, const std::string& directory) {
    process_result result;
    // The output goes to unnamed temporary files: a compiler's errors can fill a pipe.
    char out_name[] = "/tmp/memlayout-out-XXXXXX";
    char err_name[] = "/tmp/memlayout-err-XXXXXX";
    const int out_fd = mkstemp(out_name);
    const int err_fd = mkstemp(err_name);
    if (out_fd >= 0) unlink(out_name);
    if (err_fd >= 0) unlink(err_name);
    if (out_fd < 0 || err_fd < 0) {
        result.status = 127;
        result.err = "cannot create a temporary file";
        return result;
    }
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out_fd, 1);
        dup2(err_fd, 2);
        if (!directory.empty() && chdir(directory.c_str()) != 0) _exit(126);
        setenv("LC_ALL", "C", 1);  // plain quotes in the messages the command reads
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    if (pid < 0) {
        status = 127 << 8;
    } else {
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_all(out_fd);
    result.err = read_all(err_fd);
    close(out_fd);
    close(err_fd);
    return result;
}

std::string find_program(const std::string& program) {
    if (program.empty()) return {};
    if (program.find('/') != std::string::npos) return is_executable_file(program) ? program : std::string();
    const char* path = std::getenv("PATH");
    std::string_view dirs = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
    while (true) {
        const std::size_t colon = dirs.find(':');
        std::string dir(dirs.substr(0, colon));
        if (dir.empty()) dir = ".";
        if (const std::string candidate = dir + "/" + program; is_executable_file(candidate)) return candidate;
        if (colon == std::string_view::npos) return {};
        dirs.remove_prefix(colon + 1);
    }
}

}  // namespace memlayout::tool
