package files

import (
	"path/filepath"
	"testing"
)

func TestLinuxKind(t *testing.T) {
	for ftype, want := range map[uint32]string{
		0x6969: "NFS", 0x517B: "SMB", 0xFF534D42: "CIFS (SMB)", 0xFE534D42: "SMB2",
		0x01021997: "9p", 0x65735546: UserSpace, 0x00C36400: "Ceph", 0x0BD00BD0: "Lustre",
		0x6B414653: "AFS",
		0xEF53:     "", 0x58465342: "", 0x01021994: "", 0x9123683E: "", 0x794C7630: "", // ext4, xfs, tmpfs, btrfs, overlay
	} {
		if got := LinuxKind(ftype); got != want {
			t.Errorf("f_type %#x: %q, want %q", ftype, got, want)
		}
	}
}

func TestDarwinKind(t *testing.T) {
	for name, want := range map[string]string{
		"smbfs": "SMB", "nfs": "NFS", "afpfs": "AFP", "webdav": "WebDAV", "macfuse": UserSpace,
		"apfs": "", "hfs": "", "msdos": "", "exfat": "",
	} {
		if got := DarwinKind(name); got != want {
			t.Errorf("f_fstypename %q: %q, want %q", name, got, want)
		}
	}
}

func TestWindowsKind(t *testing.T) {
	const fixed, remote, removable = 3, 4, 2
	for _, c := range []struct {
		volume string
		drive  uint32
		want   string
	}{
		{`\\server\share`, 0, WinShare},
		{`//server/share`, 0, WinShare},
		{`\\?\UNC\server\share`, 0, WinShare},
		{`Z:`, remote, WinDrive},
		{`C:`, fixed, ""},
		{`E:`, removable, ""},
		{`\\?\C:`, fixed, ""},
		{`\\.\C:`, fixed, ""},
	} {
		if got := WindowsKind(c.volume, c.drive); got != c.want {
			t.Errorf("%s (drive type %d): %q, want %q", c.volume, c.drive, got, c.want)
		}
	}
}

// TestRemoteMissingFile: a file not made yet is judged by its nearest existing folder.
func TestRemoteMissingFile(t *testing.T) {
	dir := t.TempDir()
	if got, want := Remote(filepath.Join(dir, "not", "yet", "council.db")), Remote(dir); got != want {
		t.Fatalf("a missing file is on %q, its folder on %q", got, want)
	}
}
