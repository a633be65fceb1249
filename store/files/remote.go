package files

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Remote names the kind of file system path lives on when SQLite cannot keep its promises
// there — a network file system, or a user-space one that may be — and is "" on a local
// disk or when it cannot tell. A path not made yet is judged by its nearest existing folder.
func Remote(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(abs); !errors.Is(err, fs.ErrNotExist) {
			return remoteKind(abs)
		}
		up := filepath.Dir(abs)
		if up == abs {
			return ""
		}
		abs = up
	}
}

// The names Remote gives.
const (
	UserSpace = "FUSE" // sshfs and the like: said as "network or user-space file system"
	WinShare  = "UNC"  // \\server\share
	WinDrive  = "DRIVE_REMOTE"
)

// linuxTypes are the f_type magic numbers of statfs(2) for network and cluster file systems.
var linuxTypes = map[uint32]string{
	0x6969:     "NFS",
	0x517B:     "SMB",
	0xFF534D42: "CIFS (SMB)",
	0xFE534D42: "SMB2",
	0x01021997: "9p",
	0x65735546: UserSpace,
	0x5346414F: "AFS",
	0x6B414653: "AFS",
	0x00C36400: "Ceph",
	0x0BD00BD0: "Lustre",
	0x01161970: "GFS2",
	0x7461636F: "OCFS2",
	0x73757245: "Coda",
	0x564C:     "NetWare (NCP)",
	0x20030528: "OrangeFS",
	0x47504653: "GPFS",
}

// LinuxKind names a Linux file system by its statfs f_type ("" for a local one).
func LinuxKind(ftype uint32) string { return linuxTypes[ftype] }

// darwinTypes are macOS's f_fstypename values of network and user-space file systems.
var darwinTypes = map[string]string{
	"smbfs":   "SMB",
	"nfs":     "NFS",
	"afpfs":   "AFP",
	"webdav":  "WebDAV",
	"cifs":    "CIFS (SMB)",
	"ftp":     "FTP",
	"osxfuse": UserSpace,
	"macfuse": UserSpace,
	"fuse":    UserSpace,
}

// DarwinKind names a macOS file system by its statfs f_fstypename ("" for a local one).
func DarwinKind(fstypename string) string { return darwinTypes[strings.ToLower(fstypename)] }

// driveRemote is GetDriveType's DRIVE_REMOTE.
const driveRemote = 4

// WindowsKind names the volume of a Windows path: a UNC path (\\server\share, also as
// \\?\UNC\server\share) is a share whatever its drive type; a lettered drive is a network
// drive when GetDriveType says DRIVE_REMOTE.
func WindowsKind(volume string, driveType uint32) string {
	v := strings.ReplaceAll(volume, "/", `\`)
	if rest, ok := strings.CutPrefix(v, `\\?\`); ok {
		if strings.HasPrefix(strings.ToUpper(rest), `UNC\`) {
			return WinShare
		}
		v = rest
	}
	if strings.HasPrefix(v, `\\`) && !strings.HasPrefix(v, `\\.\`) {
		return WinShare
	}
	if driveType == driveRemote {
		return WinDrive
	}
	return ""
}
