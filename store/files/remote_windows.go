package files

import (
	"path/filepath"
	"syscall"
	"unsafe"
)

var getDriveType = syscall.NewLazyDLL("kernel32.dll").NewProc("GetDriveTypeW")

func remoteKind(path string) string {
	volume := filepath.VolumeName(path)
	root, err := syscall.UTF16PtrFromString(volume + `\`)
	if err != nil {
		return WindowsKind(volume, 0)
	}
	t, _, _ := getDriveType.Call(uintptr(unsafe.Pointer(root)))
	return WindowsKind(volume, uint32(t))
}
