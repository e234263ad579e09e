"""The real headers the corpus test reads: public headers of glibc, of the Linux uapi
(linux-libc-dev) and of C libraries from Debian's archive (the -dev packages the test command
installs). Each set is one translation unit; sets that would clash are kept apart.

sets(everything=False) is the CI subset; sets(everything=True) every set; m32=True leaves out
the libraries whose headers are configured for the build's architecture only.
"""

UAPI = [
    "linux/perf_event.h", "linux/io_uring.h", "linux/bpf.h", "linux/if_ether.h", "linux/ip.h", "linux/ipv6.h",
    "linux/tcp.h", "linux/udp.h", "linux/icmp.h", "linux/if_packet.h", "linux/netlink.h", "linux/rtnetlink.h",
    "linux/if_link.h", "linux/input.h", "linux/fs.h", "linux/stat.h", "linux/time_types.h", "linux/capability.h",
    "linux/seccomp.h", "linux/inotify.h", "linux/fanotify.h", "linux/eventpoll.h", "linux/userfaultfd.h",
    "linux/if_tun.h", "linux/ethtool.h", "linux/gpio.h", "linux/loop.h", "linux/fiemap.h",
]
UAPI_MORE = [
    "linux/kvm.h", "linux/videodev2.h", "linux/usbdevice_fs.h", "linux/hidraw.h", "linux/ptp_clock.h",
    "linux/nbd.h", "linux/btrfs.h", "linux/audit.h", "linux/uinput.h", "linux/vfio.h",
    "linux/tipc.h", "linux/if_bridge.h", "linux/neighbour.h", "linux/xfrm.h", "linux/can.h",
    "linux/dm-ioctl.h", "linux/fb.h", "linux/filter.h", "linux/futex.h", "linux/openat2.h", "linux/mount.h",
]
# Not C++: linux/virtio_net.h names a member `class`; linux/sctp.h needs the C library's
# sockaddr_storage and MSG_FIN first.
GLIBC = [
    "sys/stat.h", "sys/socket.h", "netinet/in.h", "netinet/ip.h", "netinet/tcp.h", "netinet/udp.h",
    "netinet/ip_icmp.h", "arpa/inet.h", "sys/time.h", "time.h", "sys/resource.h", "sys/utsname.h", "sys/uio.h",
    "sys/epoll.h", "sys/statvfs.h", "pwd.h", "grp.h", "dirent.h", "termios.h", "signal.h", "netdb.h", "ifaddrs.h",
    "net/if.h", "poll.h", "sys/un.h", "elf.h", "link.h", "glob.h", "regex.h", "locale.h", "sched.h", "pthread.h",
    "sys/sysinfo.h", "sys/timex.h", "utmp.h", "sys/msg.h", "sys/sem.h", "sys/shm.h", "fenv.h", "stdio.h",
]
LIBS = ["zlib.h", "sqlite3.h", "png.h", "X11/Xlib.h", "X11/Xutil.h", "expat.h", "uuid/uuid.h", "openssl/evp.h",
        "ffi.h"]


# Configured for the build's architecture only (no i386 opensslconf.h, ffi.h on Debian amd64).
NOT_FOR_M32 = ["openssl/evp.h", "ffi.h"]


def sets(everything=False, m32=False):
    s = {
        "uapi": {"headers": UAPI},
        "glibc": {"headers": GLIBC},
        "libs": {"headers": [h for h in LIBS if not (m32 and h in NOT_FOR_M32)]},
    }
    if everything:
        s["uapi-more"] = {"headers": UAPI_MORE}
    return s
