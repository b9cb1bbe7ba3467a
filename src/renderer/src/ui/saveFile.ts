/** Hands a file to the browser's (or Electron's) download flow; base64 content is decoded to bytes first. */
export function saveFile(file: {
  content: string
  encoding: 'utf8' | 'base64'
  fileName: string
  mimeType: string
}): void {
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  document.body.append(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}
