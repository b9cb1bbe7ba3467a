import { contextBridge, ipcRenderer } from 'electron'

// The renderer's only way to the main side: one channel, validated there (sender frame and input).
contextBridge.exposeInMainWorld('poStudio', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('po-studio:api', method, input)
})
